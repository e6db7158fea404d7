/**
 * `aws s3` end to end: the shell's command line, the real @aws-sdk/client-s3, the wire,
 * the engine — and the text, stderr and exit codes CLI v2 gives.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fromUtf8 } from '../../shared/bytes.ts';
import { createHeadlessLab, type HeadlessLab } from '../../headless.ts';

let lab: HeadlessLab;

async function run(line: string) {
  const result = await lab.shell.run(line);
  return { stdout: fromUtf8(result.stdout), stderr: result.stderr, exitCode: result.exitCode };
}

const DATE = '\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d';

beforeEach(async () => {
  lab = await createHeadlessLab({ 'hello.txt': 'hello', 'site/index.html': '<h1>hi</h1>', 'site/img/logo.png': 'PNG!' });
});

describe('aws s3 mb, ls and rb', () => {
  it('makes a bucket, lists it with its creation time, and removes it', async () => {
    expect(await run('aws s3 mb s3://lab-bucket')).toEqual({ stdout: 'make_bucket: lab-bucket\n', stderr: '', exitCode: 0 });
    expect((await run('aws s3 ls')).stdout).toMatch(new RegExp(`^${DATE} lab-bucket\\n$`));
    expect(await run('aws s3 rb s3://lab-bucket')).toEqual({ stdout: 'remove_bucket: lab-bucket\n', stderr: '', exitCode: 0 });
    expect(await run('aws s3 ls')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('reports a name S3 refuses as make_bucket failed, exit 1 (and, as in us-east-1, making your own bucket again succeeds)', async () => {
    expect(await run('aws s3 mb s3://ab')).toEqual({
      stdout: '',
      stderr: 'make_bucket failed: s3://ab An error occurred (InvalidBucketName) when calling the CreateBucket operation: The specified bucket is not valid.\n',
      exitCode: 1,
    });
    await run('aws s3 mb s3://lab-bucket');
    expect((await run('aws s3 mb s3://lab-bucket')).stdout).toBe('make_bucket: lab-bucket\n');
  });

  it('refuses to remove a bucket that is not empty unless --force, which deletes each object first', async () => {
    await run('aws s3 mb s3://lab-bucket');
    await run('aws s3 cp hello.txt s3://lab-bucket/');
    expect(await run('aws s3 rb s3://lab-bucket')).toEqual({
      stdout: '',
      stderr: 'remove_bucket failed: s3://lab-bucket An error occurred (BucketNotEmpty) when calling the DeleteBucket operation: The bucket you tried to delete is not empty\n',
      exitCode: 1,
    });
    expect(await run('aws s3 rb s3://lab-bucket --force')).toEqual({ stdout: 'delete: s3://lab-bucket/hello.txt\nremove_bucket: lab-bucket\n', stderr: '', exitCode: 0 });
  });

  it('lists PRE prefixes and objects one level deep, everything with --recursive, and a summary', async () => {
    await run('aws s3 mb s3://lab-bucket');
    await run('aws s3 cp site s3://lab-bucket/site --recursive');
    await run('aws s3 cp hello.txt s3://lab-bucket/');
    expect((await run('aws s3 ls s3://lab-bucket')).stdout).toMatch(new RegExp(`^                           PRE site/\\n${DATE}          5 hello.txt\\n$`));
    const recursive = await run('aws s3 ls s3://lab-bucket --recursive --human-readable --summarize');
    expect(recursive.stdout).toMatch(new RegExp(`^${DATE}    5 Bytes hello.txt\\n${DATE}    4 Bytes site/img/logo.png\\n${DATE}   11 Bytes site/index.html\\n\\nTotal Objects: 3\\n   Total Size: 20 Bytes\\n$`));
    expect((await run('aws s3 ls s3://lab-bucket/site/')).stdout).toMatch(new RegExp(`^                           PRE img/\\n${DATE}         11 index.html\\n$`));
    expect(await run('aws s3 ls s3://lab-bucket/nothing-here')).toEqual({ stdout: '', stderr: '', exitCode: 1 });
  });

  it('prints a missing bucket as a service error, exit 254', async () => {
    expect(await run('aws s3 ls s3://no-such-bucket')).toEqual({
      stdout: '',
      stderr: '\nAn error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist\n',
      exitCode: 254,
    });
  });
});

describe('aws s3 cp, mv and rm', () => {
  beforeEach(async () => void (await run('aws s3 mb s3://lab-bucket')));

  it('uploads, downloads and copies, printing each transfer', async () => {
    expect(await run('aws s3 cp hello.txt s3://lab-bucket/')).toEqual({ stdout: 'upload: ./hello.txt to s3://lab-bucket/hello.txt\n', stderr: '', exitCode: 0 });
    expect(await run('aws s3 cp s3://lab-bucket/hello.txt copy.txt')).toEqual({ stdout: 'download: s3://lab-bucket/hello.txt to ./copy.txt\n', stderr: '', exitCode: 0 });
    expect(fromUtf8(lab.workspace.read('copy.txt')!)).toBe('hello');
    expect(await run('aws s3 cp s3://lab-bucket/hello.txt s3://lab-bucket/backup/')).toEqual({ stdout: 'copy: s3://lab-bucket/hello.txt to s3://lab-bucket/backup/hello.txt\n', stderr: '', exitCode: 0 });
    const head = JSON.parse((await run('aws s3api head-object --bucket lab-bucket --key hello.txt')).stdout);
    expect({ type: head.ContentType, sse: head.ServerSideEncryption }).toEqual({ type: 'text/plain', sse: 'AES256' });
  });

  it('uploads under SSE-KMS with the key given, and the object reports that key', async () => {
    const keyArn = JSON.parse((await run('aws kms create-key')).stdout).KeyMetadata.Arn;
    expect((await run(`aws s3 cp hello.txt s3://lab-bucket/secret.txt --sse aws:kms --sse-kms-key-id ${keyArn} --content-type text/x-note`)).exitCode).toBe(0);
    const head = JSON.parse((await run('aws s3api head-object --bucket lab-bucket --key secret.txt')).stdout);
    expect({ sse: head.ServerSideEncryption, key: head.SSEKMSKeyId, type: head.ContentType }).toEqual({ sse: 'aws:kms', key: keyArn, type: 'text/x-note' });
  });

  it('copies a directory up and back down with --recursive', async () => {
    expect((await run('aws s3 cp site s3://lab-bucket/web --recursive')).stdout).toBe('upload: site/img/logo.png to s3://lab-bucket/web/img/logo.png\nupload: site/index.html to s3://lab-bucket/web/index.html\n');
    expect((await run('aws s3 cp s3://lab-bucket/web back --recursive')).stdout).toBe('download: s3://lab-bucket/web/img/logo.png to back/img/logo.png\ndownload: s3://lab-bucket/web/index.html to back/index.html\n');
    expect(fromUtf8(lab.workspace.read('back/index.html')!)).toBe('<h1>hi</h1>');
  });

  it('moves a file up, removing the local copy, and removes objects with rm', async () => {
    expect(await run('aws s3 mv hello.txt s3://lab-bucket/moved.txt')).toEqual({ stdout: 'move: ./hello.txt to s3://lab-bucket/moved.txt\n', stderr: '', exitCode: 0 });
    expect(lab.workspace.read('hello.txt')).toBeUndefined();
    expect(await run('aws s3 rm s3://lab-bucket/moved.txt')).toEqual({ stdout: 'delete: s3://lab-bucket/moved.txt\n', stderr: '', exitCode: 0 });
    await run('aws s3 cp site s3://lab-bucket/site --recursive');
    expect((await run('aws s3 rm s3://lab-bucket/site --recursive')).stdout).toBe('delete: s3://lab-bucket/site/img/logo.png\ndelete: s3://lab-bucket/site/index.html\n');
  });

  it('reports failures as the CLI does: upload failed, fatal error, missing local path', async () => {
    expect(await run('aws s3 cp hello.txt s3://no-such-bucket/')).toEqual({
      stdout: '',
      stderr: 'upload failed: ./hello.txt to s3://no-such-bucket/hello.txt An error occurred (NoSuchBucket) when calling the PutObject operation: The specified bucket does not exist\n',
      exitCode: 1,
    });
    expect(await run('aws s3 cp s3://lab-bucket/nope.txt .')).toEqual({ stdout: '', stderr: 'fatal error: An error occurred (404) when calling the HeadObject operation: Key "nope.txt" does not exist\n', exitCode: 1 });
    expect(await run('aws s3 rm s3://no-such-bucket/x --recursive')).toEqual({
      stdout: '',
      stderr: 'fatal error: An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist\n',
      exitCode: 1,
    });
    expect(await run('aws s3 cp missing.txt s3://lab-bucket/')).toEqual({ stdout: '', stderr: '\nThe user-provided path missing.txt does not exist.\n', exitCode: 255 });
  });

  it('answers usage errors with exit 252', async () => {
    expect((await run('aws s3 cp hello.txt')).stderr).toMatch(/aws: error: the following arguments are required: paths\n$/);
    expect((await run('aws s3 cp hello.txt s3://lab-bucket/ --bogus')).stderr).toMatch(/Unknown options: --bogus\n/);
    expect((await run('aws s3 frobnicate')).exitCode).toBe(252);
  });
});

describe('aws s3 presign', () => {
  it('prints a SigV4 URL (CLI v2) that the engine serves to anyone until it expires', async () => {
    await run('aws s3 mb s3://lab-bucket');
    await run('aws s3 cp hello.txt s3://lab-bucket/hello.txt');
    const { stdout, exitCode } = await run('aws s3 presign s3://lab-bucket/hello.txt --expires-in 600');
    expect(exitCode).toBe(0);
    const url = new URL(stdout.trim());
    expect(url.searchParams.get('X-Amz-Algorithm')).toBe('AWS4-HMAC-SHA256');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('600');
    const response = await lab.client.handleWire({ method: 'GET', path: url.pathname, rawQuery: url.search.slice(1), headers: { host: url.host }, body: new Uint8Array(), sourceIp: '203.0.113.9', secureTransport: true });
    expect({ status: response.status, body: fromUtf8(response.body) }).toEqual({ status: 200, body: 'hello' });
  });
});
