/**
 * The real AWS CLI (v1) and boto3 against `npm run endpoint` for S3: s3api put/get with
 * SSE-KMS, `aws s3 cp` of a file large enough for multipart, and `aws s3 presign`, which in
 * us-east-1 makes a SigV2 URL — the classic road to the SSE-KMS InvalidArgument (protocols.md §5–6).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION } from './kmsTransports.ts';
import { startEndpoint, type RunningEndpoint } from './spawnEndpoint.ts';
import { ADMIN_CLI_ENV, hasAws, hasBoto3 } from './installedTools.ts';

if (!hasAws) console.warn('s3Cli.test.ts: the AWS CLI checks are skipped because `aws` is not installed on this machine.');
if (!hasBoto3) console.warn('s3Cli.test.ts: the boto3 check is skipped because python3 with boto3 is not installed on this machine.');

const ENV = ADMIN_CLI_ENV;

describe('S3 from the AWS CLI and boto3 over the loopback endpoint', () => {
  let endpoint: RunningEndpoint | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'kms-lab-s3cli-'));
  beforeAll(async () => {
    if (hasAws || hasBoto3) endpoint = await startEndpoint();
  });
  afterAll(async () => {
    await endpoint?.stop();
  });
  const aws = (args: string[]) => {
    const r = spawnSync('aws', ['--endpoint-url', endpoint!.url, ...args], { env: ENV, encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it.skipIf(!hasAws)('puts and gets an SSE-KMS object with s3api, copies a 9 MB file up and down by multipart, and presigns with SigV2', async () => {
    expect(aws(['s3api', 'create-bucket', '--bucket', 'cli-lab']).code).toBe(0);
    const keyId = JSON.parse(aws(['kms', 'create-key', '--output', 'json']).stdout).KeyMetadata.KeyId as string;
    writeFileSync(join(dir, 'note.txt'), 'enveloped\n');
    const put = aws(['s3api', 'put-object', '--bucket', 'cli-lab', '--key', 'note.txt', '--body', join(dir, 'note.txt'), '--server-side-encryption', 'aws:kms', '--ssekms-key-id', keyId, '--output', 'json']);
    expect(put.code, put.stderr).toBe(0);
    expect(JSON.parse(put.stdout)).toMatchObject({ ServerSideEncryption: 'aws:kms', SSEKMSKeyId: `arn:aws:kms:${REGION}:111122223333:key/${keyId}` });
    const get = aws(['s3api', 'get-object', '--bucket', 'cli-lab', '--key', 'note.txt', join(dir, 'back.txt'), '--output', 'json']);
    expect(get.code, get.stderr).toBe(0);
    expect(readFileSync(join(dir, 'back.txt'), 'utf8')).toBe('enveloped\n');

    const big = new Uint8Array(9 * 1024 * 1024).map((_, i) => (i * 31) & 0xff);
    writeFileSync(join(dir, 'big.bin'), big);
    const up = aws(['s3', 'cp', join(dir, 'big.bin'), 's3://cli-lab/big.bin']);
    expect(up.code, up.stderr).toBe(0);
    const head = JSON.parse(aws(['s3api', 'head-object', '--bucket', 'cli-lab', '--key', 'big.bin', '--output', 'json']).stdout) as { ETag: string; ContentLength: number };
    expect({ etag: /^"[0-9a-f]{32}-2"$/.test(head.ETag), length: head.ContentLength }).toEqual({ etag: true, length: big.length });
    expect(aws(['s3', 'cp', 's3://cli-lab/big.bin', join(dir, 'big-back.bin')]).code).toBe(0);
    expect(new Uint8Array(readFileSync(join(dir, 'big-back.bin'))).every((b, i) => b === big[i])).toBe(true);

    const url = aws(['s3', 'presign', 's3://cli-lab/note.txt']).stdout.trim();
    expect(url).toMatch(/AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Signature=.+&Expires=\d+|Signature=/);
    const response = await fetch(url);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('<Code>InvalidArgument</Code><Message>Requests specifying Server Side Encryption with AWS KMS managed keys require AWS Signature Version 4.</Message><ArgumentName>Authorization</ArgumentName><ArgumentValue>null</ArgumentValue>');
    writeFileSync(join(dir, 'plain.txt'), 'sse-s3\n');
    expect(aws(['s3', 'cp', join(dir, 'plain.txt'), 's3://cli-lab/plain.txt']).code).toBe(0);
    const plain = await fetch(aws(['s3', 'presign', 's3://cli-lab/plain.txt']).stdout.trim());
    expect({ status: plain.status, body: await plain.text() }).toEqual({ status: 200, body: 'sse-s3\n' });
  }, 120_000);

  it.skipIf(!hasBoto3)('serves boto3 put_object and get_object with SSE-KMS under the aws/s3 key', () => {
    const script = [
      'import boto3, sys',
      `s3 = boto3.client("s3", endpoint_url="${endpoint?.url ?? ''}")`,
      's3.create_bucket(Bucket="boto-lab")',
      'r = s3.put_object(Bucket="boto-lab", Key="k", Body=b"from boto3", ServerSideEncryption="aws:kms")',
      'g = s3.get_object(Bucket="boto-lab", Key="k")',
      'print(r["ServerSideEncryption"], r["SSEKMSKeyId"].startswith("arn:aws:kms:"), g["Body"].read().decode())',
    ].join('\n');
    const r = spawnSync('python3', ['-c', script], { env: ENV, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('aws:kms True from boto3');
  }, 60_000);
});
