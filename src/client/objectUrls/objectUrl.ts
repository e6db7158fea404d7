/**
 * Object URLs as the S3 console gives them, made real on the lab's origin. `objectUrl` is the
 * plain (anonymous) URL; `presignedObjectUrl` the console's "Open": a SigV4 presigned GET
 * signed with the signed-in principal's console credentials at the simulated time, for the
 * host the engine sees (objectUrlRelay.ts), then moved under the lab's prefix.
 */
import { OBJECT_URL_PREFIX, S3_WIRE_ORIGIN } from '../../shared/objectUrlRelay.ts';
import type { Result } from '../../shared/result.ts';
import type { CallFailure, EngineClient } from '../engineClient.ts';
import { rfc3986 } from '../formatRawQuery.ts';

/** The key as S3 puts it in a URL: each segment encoded, the slashes kept. */
const encodeKey = (key: string) => key.split('/').map(rfc3986).join('/');

/** What AWS would print as the Object URL (virtual-host style), for display. */
export const awsObjectUrl = (bucket: string, key: string, region = 'us-east-1') =>
  `https://${bucket}.s3.${region}.amazonaws.com/${encodeKey(key)}`;

export const objectUrl = (origin: string, bucket: string, key: string) =>
  `${origin}${OBJECT_URL_PREFIX}/${rfc3986(bucket)}/${encodeKey(key)}`;

export type PresignOptions = {
  readonly origin: string;
  readonly bucket: string;
  readonly key: string;
  /** Seconds; the S3 console's Open uses a short-lived URL. */
  readonly expiresIn: number;
  /** The principal the console is signed in as. */
  readonly as: string;
};

export async function presignedObjectUrl(client: EngineClient, options: PresignOptions): Promise<Result<string, CallFailure>> {
  const credentials = client.consoleCredentials(options.as);
  if (!credentials.ok) return credentials;
  // The S3 client and the presigner are big and only needed here: loaded on first use.
  const [{ S3Client, GetObjectCommand }, { getSignedUrl }] = await Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/s3-request-presigner')]);
  const { accessKeyId, secretAccessKey, sessionToken } = credentials.value;
  const s3 = new S3Client({
    region: 'us-east-1',
    endpoint: S3_WIRE_ORIGIN,
    forcePathStyle: true,
    credentials: { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) },
    requestHandler: client.sdkRequestHandler(),
  });
  const command = new GetObjectCommand({ Bucket: options.bucket, Key: options.key });
  const signed = new URL(await getSignedUrl(s3, command, { expiresIn: options.expiresIn, signingDate: new Date(client.now()) }));
  return { ok: true, value: `${options.origin}${OBJECT_URL_PREFIX}${signed.pathname}${signed.search}` };
}
