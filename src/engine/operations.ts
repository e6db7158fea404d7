/**
 * The operation table, keyed by IAM action. The same id selects the handler, is what
 * policies match, and names the CloudTrail event (eventSource + eventName).
 */
import { kmsKeyOperations } from './kms/keyOperations.ts';
import { kmsCryptoOperations } from './kms/cryptoOperations.ts';
import { s3Operations } from './s3/s3Operations.ts';
import { cloudTrailOperations } from './cloudtrail/cloudTrailOperations.ts';
import { kmsGrantOperations } from './kms/grantOperations.ts';
import { iamOperations } from './iam/iamOperations.ts';
import { stsOperations } from './sts/stsOperations.ts';
import type { Handler } from './operation.ts';

export const operations = {
  ...kmsKeyOperations,
  ...kmsCryptoOperations,
  ...s3Operations,
  ...cloudTrailOperations,
  ...kmsGrantOperations,
  ...iamOperations,
  ...stsOperations,
} satisfies Record<`${string}:${string}`, Handler>;

export type OperationId = keyof typeof operations;
export type InputOf<Op extends OperationId> = Parameters<(typeof operations)[Op]>[1];
export type OutputOf<Op extends OperationId> = Awaited<ReturnType<(typeof operations)[Op]>>;

export const isOperationId = (action: string): action is OperationId => Object.hasOwn(operations, action);

export function splitAction(action: string): { service: string; name: string } {
  const at = action.indexOf(':');
  return { service: action.slice(0, at), name: action.slice(at + 1) };
}
