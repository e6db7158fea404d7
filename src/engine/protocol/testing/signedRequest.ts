/**
 * Test helper: builds WireRequests signed by the real @smithy/signature-v4 (what every JS v3
 * client uses), so our verifier is proven against the signer clients actually run.
 */
import { SignatureV4 } from '@smithy/signature-v4';
import { utf8 } from '../../../shared/bytes.ts';
import type { WireRequest } from '../wire.ts';

/** @smithy/signature-v4 wants a hash constructor; this one is WebCrypto underneath. */
export class WebCryptoSha256 {
  private chunks: Uint8Array[] = [];
  constructor(private readonly secret?: string | Uint8Array | ArrayBuffer | ArrayBufferView) {}
  update(data: string | Uint8Array | ArrayBuffer | ArrayBufferView): void {
    this.chunks.push(toBytes(data));
  }
  async digest(): Promise<Uint8Array> {
    const data = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of this.chunks) data.set(c, (at += c.length) - c.length);
    const subtle = globalThis.crypto.subtle;
    if (this.secret === undefined) return new Uint8Array(await subtle.digest('SHA-256', data));
    const key = await subtle.importKey('raw', toBytes(this.secret) as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    return new Uint8Array(await subtle.sign('HMAC', key, data));
  }
  reset(): void {
    this.chunks = [];
  }
}

function toBytes(data: string | Uint8Array | ArrayBuffer | ArrayBufferView): Uint8Array {
  if (typeof data === 'string') return utf8(data);
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

export const ADMIN = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

export type SignOptions = {
  target?: string;
  body?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  signingDate?: Date;
  service?: string;
  region?: string;
  extraHeaders?: Record<string, string>;
};

/** A KMS awsJson request as @aws-sdk/client-kms would send it, signed at `signingDate`. */
export async function signedKmsRequest(options: SignOptions = {}): Promise<WireRequest> {
  const body = options.body ?? '{}';
  const signer = new SignatureV4({
    service: options.service ?? 'kms',
    region: options.region ?? 'us-east-1',
    credentials: options.credentials ?? ADMIN,
    sha256: WebCryptoSha256,
    uriEscapePath: true,
  });
  const signed = await signer.sign(
    {
      method: 'POST',
      protocol: 'https:',
      hostname: 'kms.us-east-1.amazonaws.com',
      path: '/',
      query: {},
      headers: {
        host: 'kms.us-east-1.amazonaws.com',
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': options.target ?? 'TrentService.GenerateRandom',
        'user-agent': 'aws-sdk-js/3 test',
        ...options.extraHeaders,
      },
      body,
    },
    { signingDate: options.signingDate ?? new Date(Date.UTC(2026, 0, 15, 9, 0, 0)) },
  );
  const headers = Object.fromEntries(Object.entries(signed.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
  return { method: 'POST', path: '/', rawQuery: '', headers, body: utf8(body), sourceIp: '127.0.0.1', secureTransport: true };
}
