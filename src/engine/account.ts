/**
 * createAccount: one simulated AWS account — its facts, its state, its HSM and its clock.
 * Every change goes through dispatch (dispatch.ts); this file only assembles the parts.
 */
import type { Platform } from './platform.ts';
import { createHsm, type Hsm, type HsmSnapshot } from './hsm/createHsm.ts';
import { emptyKmsState, type KmsState } from './kms/state.ts';
import { seedIamState, type IamState } from './iam/state.ts';
import { emptyCloudTrailState, type CloudTrailState } from './cloudtrail/state.ts';
import type { EngineEvent } from './events.ts';
import { emptyS3State, type S3State } from './s3/state.ts';
import { ACCOUNT_ID, DEFAULT_REGION } from '../shared/accountFacts.ts';

export { ACCOUNT_ID, DEFAULT_REGION };
export const PARTITION = 'aws';

export type AccountFacts = { readonly accountId: string; readonly region: string; readonly partition: string };

/** Everything that is saved with the account. JSON-serializable. */
export type AccountState = {
  /** How far the learner has fast-forwarded the simulated clock, in ms. */
  clockOffsetMs: number;
  kms: KmsState;
  iam: IamState;
  cloudtrail: CloudTrailState;
  s3: S3State;
};

export type Account = {
  readonly facts: AccountFacts;
  readonly platform: Platform;
  readonly hsm: Hsm;
  state: AccountState;
  readonly listeners: Set<(event: EngineEvent) => void>;
};

export type CreateAccountOptions = {
  /** Restore from a snapshot instead of seeding a new account (see snapshot.ts). */
  restore?: { state: AccountState; hsm: HsmSnapshot };
  /**
   * A new account's HSM domain key. The Node endpoint keeps the raw key in a file beside its
   * state so the account survives restarts; the browser lets the HSM make a non-extractable one.
   */
  domainKey?: CryptoKey;
};

export async function createAccount(platform: Platform, options: CreateAccountOptions = {}): Promise<Account> {
  const facts = { accountId: ACCOUNT_ID, region: DEFAULT_REGION, partition: PARTITION };
  const fresh = options.domainKey ? { domainKey: options.domainKey, wrapped: {} } : undefined;
  const hsm = await createHsm(platform.crypto, options.restore?.hsm ?? fresh);
  const state: AccountState = options.restore?.state ?? {
    clockOffsetMs: 0,
    kms: emptyKmsState(),
    iam: seedIamState(facts.accountId, platform.clock.now(), platform.ids),
    cloudtrail: emptyCloudTrailState(),
    s3: emptyS3State(),
  };
  return { facts, platform, hsm, state, listeners: new Set() };
}

/** The simulated time: the host clock plus whatever the learner fast-forwarded. */
export const nowOf = (account: Account): number => account.platform.clock.now() + account.state.clockOffsetMs;
