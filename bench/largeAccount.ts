/**
 * Accounts at the scale the console must stay responsive at (ISSUE 5): 1,000 customer managed
 * keys made through dispatch, and 100,000 CloudTrail records — real records of real calls,
 * copied with new ids and times over the last 89 days into event history as recordCall stores them.
 */
import { createAccount, dispatch, nowOf, randomIds, systemClock, type Account } from '../src/engine/index.ts';
import { storeRecord } from '../src/engine/cloudtrail/recordCall.ts';
import { isoSeconds } from '../src/engine/cloudtrail/userIdentity.ts';

const ADMIN = { kind: 'accessKey', accessKeyId: 'AKIAIOSFODNN7EXAMPLE' } as const;
const DAY = 24 * 60 * 60 * 1000;

export const newAccount = () => createAccount({ clock: systemClock, ids: randomIds(globalThis.crypto), crypto: globalThis.crypto });

async function ok(account: Account, action: string, input: object): Promise<Record<string, unknown>> {
  const outcome = await dispatch(account, { action, input, caller: ADMIN });
  if (!outcome.ok) throw new Error(`${action}: ${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value as Record<string, unknown>;
}

/** Keys named like a team's: every tenth has an alias; descriptions name a few teams. */
export async function accountWithKeys(count: number): Promise<Account> {
  const account = await newAccount();
  const teams = ['payroll', 'billing', 'logs', 'analytics', 'backup'];
  for (let i = 0; i < count; i++) {
    const { KeyMetadata } = (await ok(account, 'kms:CreateKey', { Description: `${teams[i % teams.length]} key ${i}` })) as { KeyMetadata: { KeyId: string } };
    if (i % 10 === 0) await ok(account, 'kms:CreateAlias', { AliasName: `alias/team-${i}`, TargetKeyId: KeyMetadata.KeyId });
  }
  return account;
}

/** Event history of `count` records: mostly data-key traffic, a CreateKey now and then. */
export async function accountWithHistory(count: number): Promise<Account> {
  const account = await newAccount();
  const { KeyMetadata } = (await ok(account, 'kms:CreateKey', {})) as { KeyMetadata: { KeyId: string } };
  const { CiphertextBlob } = (await ok(account, 'kms:Encrypt', { KeyId: KeyMetadata.KeyId, Plaintext: new Uint8Array(32) })) as { CiphertextBlob: Uint8Array };
  await ok(account, 'kms:Decrypt', { CiphertextBlob });
  await ok(account, 'kms:GenerateDataKey', { KeyId: KeyMetadata.KeyId, KeySpec: 'AES_256' });
  await ok(account, 'kms:DescribeKey', { KeyId: KeyMetadata.KeyId });
  const { events } = account.state.cloudtrail;
  const byName = new Map(events.map((r) => [r.eventName, r]));
  const mix = ['Encrypt', 'Decrypt', 'GenerateDataKey', 'Decrypt', 'DescribeKey', 'Encrypt', 'GenerateDataKey', 'Decrypt'];
  events.length = 0;
  const now = nowOf(account);
  const step = (89 * DAY) / count;
  for (let i = 0; i < count; i++) {
    const name = i % 1000 === 0 ? 'CreateKey' : mix[i % mix.length]!;
    // A deep copy: real records share nothing, and the heap figure should say so.
    const record = { ...structuredClone(byName.get(name)!), eventID: globalThis.crypto.randomUUID(), eventTime: isoSeconds(now - 89 * DAY + i * step) };
    storeRecord(account, record, now);
  }
  return account;
}
