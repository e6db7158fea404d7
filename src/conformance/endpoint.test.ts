/**
 * `npm run endpoint` as a learner runs it: the ready line, an account that survives a restart
 * with --state, and a damaged state file refused without being overwritten.
 */
import { CreateAliasCommand, CreateKeyCommand, DecryptCommand, EncryptCommand, KMSClient, ListAliasesCommand } from '@aws-sdk/client-kms';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN, REGION } from './kmsTransports.ts';
import { runEndpointToExit, startEndpoint } from './spawnEndpoint.ts';

const kmsAt = (url: string) => new KMSClient({ region: REGION, credentials: ADMIN, endpoint: url, maxAttempts: 1 });
const stateFile = () => join(mkdtempSync(join(tmpdir(), 'kms-lab-endpoint-')), 'account.json');

describe('npm run endpoint', () => {
  it('prints its ready line with the port it chose and answers the SDK there', async () => {
    const endpoint = await startEndpoint(['--port', '0']);
    try {
      expect(endpoint.url).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*$/);
      const { KeyMetadata } = await kmsAt(endpoint.url).send(new CreateKeyCommand({}));
      expect(KeyMetadata?.KeyState).toBe('Enabled');
    } finally {
      expect(await endpoint.stop()).toBe(0);
    }
  });

  it('keeps keys, aliases and key material across a restart with --state', async () => {
    const file = stateFile();
    const first = await startEndpoint(['--port', '0', '--state', file]);
    const kms = kmsAt(first.url);
    const { KeyMetadata } = await kms.send(new CreateKeyCommand({ Description: 'survives' }));
    // Saved as soon as the call changed the account, not only when the process stops.
    expect(readFileSync(file, 'utf8')).toContain(KeyMetadata!.KeyId);
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/kept', TargetKeyId: KeyMetadata!.KeyId }));
    const { CiphertextBlob } = await kms.send(new EncryptCommand({ KeyId: 'alias/kept', Plaintext: new TextEncoder().encode('still here') }));
    await first.stop();
    // The domain key that unwraps the saved material is readable by its owner only.
    expect(statSync(`${file}.key`).mode & 0o777).toBe(0o600);

    const second = await startEndpoint(['--port', '0', '--state', file]);
    try {
      const again = kmsAt(second.url);
      const { Aliases } = await again.send(new ListAliasesCommand({}));
      expect(Aliases?.map((a) => a.AliasName)).toContain('alias/kept');
      const { Plaintext } = await again.send(new DecryptCommand({ CiphertextBlob }));
      expect(new TextDecoder().decode(Plaintext)).toBe('still here');
    } finally {
      await second.stop();
    }
  });

  it('refuses a damaged state file with a clear message and leaves it as it was', async () => {
    const file = stateFile();
    await (await startEndpoint(['--port', '0', '--state', file])).stop();
    writeFileSync(file, '{"version":1,"state":');
    const result = await runEndpointToExit(['--port', '0', '--state', file]);
    expect(result.code).not.toBe(0);
    expect(result.stdout).not.toContain('ready');
    expect(result.stderr).toContain(`endpoint: cannot restore the account. ${file}: not a saved KMS Lab account`);
    expect(readFileSync(file, 'utf8')).toBe('{"version":1,"state":');
  });

  it('explains a missing or bad --port', async () => {
    const result = await runEndpointToExit(['--port', 'eighty']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("endpoint: --port must be 0–65535, got 'eighty'");
    expect(result.stderr).toContain('usage: npm run endpoint -- --port N [--state FILE]');
  });
});
