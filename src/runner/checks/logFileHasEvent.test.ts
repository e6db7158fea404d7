import { expect, it } from 'vitest';
import { logFileHasEvent } from './logFileHasEvent.ts';
import { checkAccount, withTrail } from './testing/checkAccount.ts';

const MINUTES = 60 * 1000;

it('waits for the trail and for a delivered log file, then finds the KMS record by key and encryption context', async () => {
  const a = await checkAccount();
  const check = logFileHasEvent({ trail: 'labTrail', eventName: 'GenerateDataKey', alias: 'alias/logKey', encryptionContext: { purpose: 'lab' } });
  expect((await a.check(check)).words).toBe('Waiting for the trail labTrail — none found.');
  await withTrail(a, 'trail-logs-1', 'labTrail');
  await a.ok('cloudtrail:StartLogging', { Name: 'labTrail' });
  const { KeyMetadata } = await a.ok('kms:CreateKey', {}) as { KeyMetadata: { KeyId: string } };
  await a.ok('kms:CreateAlias', { AliasName: 'alias/logKey', TargetKeyId: KeyMetadata.KeyId });
  await a.ok('kms:GenerateDataKey', { KeyId: 'alias/logKey', KeySpec: 'AES_256', EncryptionContext: { purpose: 'lab' } });
  expect((await a.check(check)).words).toBe('No log file from labTrail in trail-logs-1 yet: CloudTrail delivers about 5 minutes after the call (fast-forward the clock).');
  await a.host.client.advanceClock(6 * MINUTES);
  const found = await a.check(check);
  expect(found.passed).toBe(true);
  expect(found.words).toMatch(/^A log file from labTrail holds the GenerateDataKey record of \d{4}-\d\d-\d\dT/);
});

it('says which part did not match: no such event, another key, another encryption context', async () => {
  const a = await checkAccount();
  await withTrail(a, 'trail-logs-1', 'labTrail');
  await a.ok('cloudtrail:StartLogging', { Name: 'labTrail' });
  const { KeyMetadata } = await a.ok('kms:CreateKey', {}) as { KeyMetadata: { KeyId: string } };
  await a.ok('kms:CreateAlias', { AliasName: 'alias/logKey', TargetKeyId: KeyMetadata.KeyId });
  const other = await a.ok('kms:CreateKey', {}) as { KeyMetadata: { KeyId: string } };
  await a.ok('kms:CreateAlias', { AliasName: 'alias/otherKey', TargetKeyId: other.KeyMetadata.KeyId });
  await a.ok('kms:GenerateDataKey', { KeyId: 'alias/logKey', KeySpec: 'AES_256', EncryptionContext: { purpose: 'lab' } });
  await a.host.client.advanceClock(6 * MINUTES);
  expect((await a.check(logFileHasEvent({ trail: 'labTrail', eventName: 'Decrypt' }))).words).toMatch(/^The \d+ log file\(s\) from labTrail hold no Decrypt record yet\.$/);
  expect((await a.check(logFileHasEvent({ trail: 'labTrail', eventName: 'GenerateDataKey', alias: 'alias/otherKey' }))).words)
    .toBe('The log files hold GenerateDataKey records, but none for alias/otherKey.');
  expect((await a.check(logFileHasEvent({ trail: 'labTrail', eventName: 'GenerateDataKey', encryptionContext: { purpose: 'other' } }))).words)
    .toBe('The log files hold GenerateDataKey records, but none with the encryption context {"purpose":"other"}.');
});
