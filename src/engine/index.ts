/** The engine's public surface: what client/ and the composition roots may import. */
export { createAccount, nowOf, ACCOUNT_ID, DEFAULT_REGION, PARTITION } from './account.ts';
export type { Account, AccountState, AccountFacts } from './account.ts';
export { dispatch } from './dispatch.ts';
export type { Call, CallFailure, CallOutcome } from './dispatch.ts';
export { AwsError, isAwsError } from './errors.ts';
export type { AwsErrorJson } from './errors.ts';
export type { EngineEvent } from './events.ts';
export { operations, isOperationId } from './operations.ts';
export type { OperationId, InputOf, OutputOf } from './operations.ts';
export type { Caller, Principal } from './principal.ts';
export type { CallSource } from './operation.ts';
export { systemClock, randomIds } from './platform.ts';
export type { Platform, Clock, Ids } from './platform.ts';
export { advanceClock } from './time.ts';
export { snapshotAccount, restoreAccount, SNAPSHOT_VERSION } from './snapshot.ts';
export type { AccountSnapshot } from './snapshot.ts';
export { ADMIN_ACCESS_KEY_ID, ADMIN_SECRET_ACCESS_KEY } from './iam/state.ts';
