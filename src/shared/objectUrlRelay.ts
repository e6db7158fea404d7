/**
 * The contract between the object-URL service worker and the lab tab that answers for it.
 *
 * Addressing (chosen once, used everywhere): the lab serves S3 path-style under its own
 * origin, `<origin>/s3-objects/<bucket>/<key>?<query>`, and the engine sees exactly the
 * request S3 would see at `https://s3.us-east-1.amazonaws.com/<bucket>/<key>?<query>`. A URL
 * presigned for that host therefore verifies unchanged once its origin and prefix are swapped.
 * The prefix is not `/s3/`, which the console's own S3 pages may use.
 */
export const OBJECT_URL_PREFIX = '/s3-objects';
/** Where the built worker is served; its scope is the prefix. */
export const OBJECT_URL_WORKER_PATH = '/s3-object-worker.js';
/** The S3 endpoint the relayed requests are addressed to (path style). */
export const S3_WIRE_HOST = 's3.us-east-1.amazonaws.com';
export const S3_WIRE_ORIGIN = `https://${S3_WIRE_HOST}`;

/** The worker's question to a lab tab: one HTTP request, as the browser sent it. */
export type RelayRequest = {
  readonly type: 'kms-lab/s3-request';
  readonly method: string;
  /** The path after the prefix, still percent-encoded: `/<bucket>/<key>`. */
  readonly path: string;
  /** The raw query without '?', still percent-encoded. */
  readonly rawQuery: string;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: ArrayBuffer;
};

/** The lab tab's answer: exactly what S3 returned. */
export type RelayResponse = {
  readonly type: 'kms-lab/s3-response';
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: ArrayBuffer;
};

export const isRelayRequest = (data: unknown): data is RelayRequest =>
  typeof data === 'object' && data !== null && (data as RelayRequest).type === 'kms-lab/s3-request';

export const isRelayResponse = (data: unknown): data is RelayResponse =>
  typeof data === 'object' && data !== null && (data as RelayResponse).type === 'kms-lab/s3-response';
