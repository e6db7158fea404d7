/**
 * Names for the KMS shapes the console reads, taken from the operations' own types (through
 * the client), so the console reads like the API reference and cannot drift from it.
 */
import type { CallFailure, EngineClient, OutputOf } from '../../client/engineClient.ts';
import type { Result } from '../../shared/result.ts';

export type KeyMetadata = OutputOf<'kms:DescribeKey'>['KeyMetadata'];
export type KeyState = KeyMetadata['KeyState'];
export type AliasListEntry = OutputOf<'kms:ListAliases'>['Aliases'][number];
export type Tag = OutputOf<'kms:ListResourceTags'>['Tags'][number];
export type RotationsListEntry = OutputOf<'kms:ListKeyRotations'>['Rotations'][number];
export type EncryptionContext = Record<string, string>;

type UntypedCall = (op: string, input: unknown, options?: { as?: string }) => Promise<Result<unknown, CallFailure>>;

/**
 * For operations another service may not have yet (iam:ListUsers before IAM lands): the
 * engine answers AWS's UnknownOperationException, which the caller can fall back from.
 */
export function callUntyped<T>(client: EngineClient, op: string, input: unknown, as?: string): Promise<Result<T, CallFailure>> {
  const call = client.call.bind(client) as unknown as UntypedCall;
  return call(op, input, as === undefined ? undefined : { as }) as Promise<Result<T, CallFailure>>;
}
