/**
 * `aws s3 presign s3://bucket/key [--expires-in N]` — a GET URL anyone can open until it
 * expires (3600 seconds by default). CLI v2 signs with SigV4 (X-Amz-Algorithm, X-Amz-Credential
 * … X-Amz-Signature); the AWS CLI v1 the lab's sources used printed SigV2 URLs
 * (AWSAccessKeyId, Expires, Signature) in us-east-1. The lab follows v2. The URL is signed
 * by the real @aws-sdk/s3-request-presigner with the profile's key for AWS's virtual-host
 * endpoint, which the engine (and the loopback endpoint) accept as the Host.
 */
import { argparseError } from '../cliErrors.ts';
import { integerValue } from './s3Args.ts';
import { parseS3Uri } from './s3Paths.ts';
import { printed, type S3Command } from './s3Command.ts';

const DEFAULT_EXPIRES_IN = 3600;

export const presign: S3Command = {
  spec: { positionals: ['path'], flags: [], withValue: ['--expires-in'] },
  async run(args, session) {
    const { bucket, key } = parseS3Uri(args.paths[0]!);
    if (bucket === '') throw argparseError('argument path: a bucket is required');
    const expiresIn = integerValue(args, '--expires-in') ?? DEFAULT_EXPIRES_IN;
    const [{ S3Client, GetObjectCommand }, { getSignedUrl }] = await Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/s3-request-presigner')]);
    const client = new S3Client({ region: session.region, credentials: session.credentials });
    try {
      return printed(`${await getSignedUrl(client, new GetObjectCommand({ Bucket: bucket, Key: key }), { expiresIn })}\n`);
    } finally {
      client.destroy();
    }
  },
};
