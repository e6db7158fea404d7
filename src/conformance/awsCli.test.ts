/**
 * The real AWS CLI (v1) against `npm run endpoint`, as a learner would type it: a key and an
 * alias, encrypt and decrypt with an encryption context through fileb://, scheduled deletion,
 * and the exact error line and exit code for a wrong secret.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEndpoint, type RunningEndpoint } from './spawnEndpoint.ts';
import { ADMIN_CLI_ENV, hasAws } from './installedTools.ts';

if (!hasAws) console.warn('awsCli.test.ts: skipped because the AWS CLI (`aws`) is not installed on this machine.');

const ENV = ADMIN_CLI_ENV;

/** The members of the CLI's JSON output these tests read. */
type CliJson = { KeyMetadata?: { KeyId: string }; Plaintext?: string; KeyId?: string };

describe('the AWS CLI against the loopback endpoint', () => {
  let endpoint: RunningEndpoint | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'kms-lab-cli-'));
  beforeAll(async () => {
    if (hasAws) endpoint = await startEndpoint();
  });
  afterAll(async () => {
    await endpoint?.stop();
  });

  function aws(args: string[], env: NodeJS.ProcessEnv = ENV) {
    const result = spawnSync('aws', ['--endpoint-url', endpoint!.url, ...args], { env, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }
  function awsJson(args: string[]) {
    const result = aws([...args, '--output', 'json']);
    if (result.code !== 0) throw new Error(`aws ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
    return JSON.parse(result.stdout) as CliJson;
  }

  it.skipIf(!hasAws)('creates a key and an alias, encrypts and decrypts a file under an encryption context', () => {
    const { KeyMetadata } = awsJson(['kms', 'create-key', '--description', 'cli key']);
    expect(KeyMetadata).toMatchObject({ Description: 'cli key', KeyState: 'Enabled', KeySpec: 'SYMMETRIC_DEFAULT' });
    const keyId = KeyMetadata!.KeyId;
    expect(aws(['kms', 'create-alias', '--alias-name', 'alias/cli-lab', '--target-key-id', keyId]).code).toBe(0);

    const plain = new Uint8Array([0, 1, 2, 250, 255, ...new TextEncoder().encode('binary-safe')]);
    writeFileSync(join(dir, 'plain.bin'), plain);
    const encrypted = aws(['kms', 'encrypt', '--key-id', 'alias/cli-lab', '--plaintext', `fileb://${join(dir, 'plain.bin')}`,
      '--encryption-context', 'purpose=lab,team=kms', '--query', 'CiphertextBlob', '--output', 'text']);
    expect(encrypted.code).toBe(0);
    writeFileSync(join(dir, 'cipher.bin'), Buffer.from(encrypted.stdout.trim(), 'base64'));

    const decrypted = awsJson(['kms', 'decrypt', '--ciphertext-blob', `fileb://${join(dir, 'cipher.bin')}`, '--encryption-context', 'team=kms,purpose=lab']);
    expect(Buffer.from(decrypted.Plaintext!, 'base64')).toEqual(Buffer.from(plain));
    expect(decrypted.KeyId).toBe(`arn:aws:kms:us-east-1:111122223333:key/${keyId}`);

    const wrongContext = aws(['kms', 'decrypt', '--ciphertext-blob', `fileb://${join(dir, 'cipher.bin')}`, '--encryption-context', 'purpose=other']);
    expect(wrongContext.code).toBe(255);
    expect(wrongContext.stderr.trim()).toBe('An error occurred (InvalidCiphertextException) when calling the Decrypt operation:');
  });

  it.skipIf(!hasAws)('schedules a key for deletion and then refuses to use it', () => {
    const keyId = awsJson(['kms', 'create-key']).KeyMetadata!.KeyId;
    const scheduled = awsJson(['kms', 'schedule-key-deletion', '--key-id', keyId, '--pending-window-in-days', '7']);
    expect(scheduled).toMatchObject({ KeyState: 'PendingDeletion', PendingWindowInDays: 7 });
    const refused = aws(['kms', 'encrypt', '--key-id', keyId, '--plaintext', 'aGk=']);
    expect(refused.code).toBe(255);
    expect(refused.stderr.trim()).toBe(`An error occurred (KMSInvalidStateException) when calling the Encrypt operation: arn:aws:kms:us-east-1:111122223333:key/${keyId} is pending deletion.`);
  });

  it.skipIf(!hasAws)('answers a wrong secret with InvalidSignatureException and exit code 255', () => {
    const result = aws(['kms', 'list-keys'], { ...ENV, AWS_SECRET_ACCESS_KEY: 'not-the-secret' });
    expect(result.code).toBe(255);
    expect(result.stderr.trim()).toBe(
      'An error occurred (InvalidSignatureException) when calling the ListKeys operation: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    );
  });
});
