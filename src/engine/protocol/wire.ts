/**
 * An HTTP request and response as the wire layer sees them, independent of where they come
 * from: Node's http server (the loopback endpoint), the in-process requestHandler that the
 * real @aws-sdk clients call, or the browser's service worker.
 */
export type WireRequest = {
  readonly method: string;
  /** The path as sent, still percent-encoded, without the query string. */
  readonly path: string;
  /** The raw query string without '?', still percent-encoded ('' when none). */
  readonly rawQuery: string;
  /** Lower-case header names; repeated headers joined with ', ' as Node does. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
  /** The caller's address, for CloudTrail's sourceIPAddress and aws:SourceIp. */
  readonly sourceIp: string;
  readonly secureTransport: boolean;
};

export type WireResponse = {
  readonly status: number;
  /** Lower-case header names (the SDKs read x-amzn-requestid only in lower case). */
  readonly headers: Record<string, string>;
  readonly body: Uint8Array;
  /** Set for streaming payloads (S3 GetObject): the SDK requestHandler hands these over as a Blob (protocols.md §2). */
  readonly streaming?: boolean;
};
