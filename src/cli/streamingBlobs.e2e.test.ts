import { beforeAll, describe, expect, it } from 'vitest';
import { createHeadlessLab, type HeadlessLab } from '../headless.ts';
import { fromUtf8 } from '../shared/bytes.ts';

let lab: HeadlessLab;
const BUCKET = 'streaming-blobs-111122223333';
const REPORT = 'Quarterly report\n';
const USAGE_HEAD = '\nusage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n';

async function run(line: string) {
  const result = await lab.shell.run(line);
  return { stdout: fromUtf8(result.stdout), stderr: result.stderr, exitCode: result.exitCode };
}

beforeAll(async () => {
  lab = await createHeadlessLab({ 'report.txt': REPORT, 'part.bin': new Uint8Array([0, 1, 2, 255]) });
  expect((await run(`aws s3api create-bucket --bucket ${BUCKET}`)).exitCode).toBe(0);
});

describe('streaming blob input: --body is a path to a workspace file', () => {
  it('put-object --body ./report.txt uploads the file and prints the response', async () => {
    const put = await run(`aws s3api put-object --bucket ${BUCKET} --key report.txt --body ./report.txt`);
    expect(put.exitCode).toBe(0);
    expect(JSON.parse(put.stdout)).toMatchObject({ ETag: expect.stringMatching(/^"[0-9a-f]{32}"$/), ServerSideEncryption: 'AES256' });
    expect(JSON.parse((await run(`aws s3api head-object --bucket ${BUCKET} --key report.txt`)).stdout).ContentLength).toBe(REPORT.length);
  });

  it.each(['missing.txt', 'fileb://report.txt', 'file://report.txt'])('refuses --body %s as the CLI does: not a path to a file', async (body) => {
    expect(await run(`aws s3api put-object --bucket ${BUCKET} --key k --body ${body}`))
      .toEqual({ stdout: '', stderr: "\nError parsing parameter '--body': Blob values must be a path to a file.\n", exitCode: 252 });
  });

  it('upload-part --body takes a file path too', async () => {
    const uploadId = (await run(`aws s3api create-multipart-upload --bucket ${BUCKET} --key parts --query UploadId --output text`)).stdout.trim();
    const part = await run(`aws s3api upload-part --bucket ${BUCKET} --key parts --part-number 1 --upload-id ${uploadId} --body part.bin`);
    expect(part.exitCode).toBe(0);
    expect(JSON.parse(part.stdout).ETag).toMatch(/^"[0-9a-f]{32}"$/);
  });
});

describe('streaming output: get-object writes the body to the positional outfile', () => {
  it('writes the object into the workspace and prints the rest of the response without Body', async () => {
    const got = await run(`aws s3api get-object --bucket ${BUCKET} --key report.txt copy.txt`);
    expect(got.exitCode).toBe(0);
    const response = JSON.parse(got.stdout);
    expect(response).not.toHaveProperty('Body');
    expect(response).toMatchObject({ AcceptRanges: 'bytes', ContentLength: REPORT.length, ServerSideEncryption: 'AES256' });
    expect(fromUtf8(lab.workspace.read('copy.txt')!)).toBe(REPORT);
  });

  it('takes the outfile before the options as argparse does, and --query applies to the rest', async () => {
    expect(await run(`aws s3api get-object early.txt --bucket ${BUCKET} --key report.txt --query ContentLength`)).toEqual({ stdout: `${REPORT.length}\n`, stderr: '', exitCode: 0 });
    expect(fromUtf8(lab.workspace.read('early.txt')!)).toBe(REPORT);
  });

  it('requires the outfile, named after the options in the usage error', async () => {
    const missing = await run(`aws s3api get-object --bucket ${BUCKET} --key report.txt`);
    expect(missing.exitCode).toBe(252);
    expect(missing.stderr).toMatch(new RegExp(`^${USAGE_HEAD.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(missing.stderr.endsWith('\naws: error: the following arguments are required: outfile\n')).toBe(true);
    expect((await run('aws s3api get-object')).stderr).toContain('aws: error: the following arguments are required: --bucket, --key, outfile\n');
  });

  it('a second positional word is an unknown option', async () => {
    expect((await run(`aws s3api get-object --bucket ${BUCKET} --key report.txt a.txt b.txt`)).stderr).toContain('\nUnknown options: b.txt\n');
  });

  it('writes no file when the service answers with an error', async () => {
    const missing = await run(`aws s3api get-object --bucket ${BUCKET} --key nope.txt nope.txt`);
    expect(missing).toEqual({ stdout: '', stderr: '\nAn error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.\n', exitCode: 254 });
    expect(lab.workspace.read('nope.txt')).toBeUndefined();
  });
});

describe('non-streaming blobs: base64 by default, text with --cli-binary-format raw-in-base64-out', () => {
  it('encrypt --plaintext "hello" is refused before any call, in CLI v2\'s words', async () => {
    expect(await run('aws kms encrypt --key-id alias/none --plaintext "hello"')).toEqual({ stdout: '', stderr: '\nInvalid base64: "hello"\n', exitCode: 252 });
  });

  it('with raw-in-base64-out the same text is encrypted, and decrypt gives it back as base64', async () => {
    const keyId = (await run('aws kms create-key --query KeyMetadata.KeyId --output text')).stdout.trim();
    const encrypted = await run(`aws kms encrypt --key-id ${keyId} --plaintext "hello" --cli-binary-format raw-in-base64-out --query CiphertextBlob --output text`);
    expect(encrypted.exitCode).toBe(0);
    lab.workspace.write('hello.b64', new TextEncoder().encode(encrypted.stdout));
    expect((await run('base64 --decode hello.b64 > hello.bin')).exitCode).toBe(0);
    expect(await run('aws kms decrypt --ciphertext-blob fileb://hello.bin --query Plaintext --output text')).toEqual({ stdout: 'aGVsbG8=\n', stderr: '', exitCode: 0 });
  });

  it('base64 text is decoded by default: "aGVsbG8=" encrypts the five bytes of hello', async () => {
    const keyId = (await run('aws kms create-key --query KeyMetadata.KeyId --output text')).stdout.trim();
    expect((await run(`aws kms encrypt --key-id ${keyId} --plaintext aGVsbG8= --query CiphertextBlob --output text | base64 --decode > b.bin`)).exitCode).toBe(0);
    expect((await run('aws kms decrypt --ciphertext-blob fileb://b.bin --query Plaintext --output text | base64 --decode')).stdout).toBe('hello');
  });
});
