/**
 * The KMS operations the console calls, in AWS's own request and response shapes
 * (KeyMetadata, CiphertextBlob as bytes …), so the console reads like the API reference.
 */
import type { CallFailure, EngineClient } from '../../client/engineClient.ts';
import type { Result } from '../../shared/result.ts';

export type KeyState = 'Creating' | 'Enabled' | 'Disabled' | 'PendingDeletion' | 'PendingImport' | 'Unavailable' | 'Updating';

/** What DescribeKey returns. Dates arrive as Date or as epoch seconds, as on the wire. */
export type KeyMetadata = {
  KeyId: string;
  Arn: string;
  Description?: string;
  KeyState: KeyState;
  Enabled?: boolean;
  CreationDate?: Date | number | string;
  KeyManager?: 'AWS' | 'CUSTOMER';
  KeySpec?: string;
  KeyUsage?: string;
  DeletionDate?: Date | number | string;
};

export type AliasListEntry = { AliasName: string; AliasArn?: string; TargetKeyId?: string };
export type EncryptionContext = Record<string, string>;

type Page = { NextMarker?: string; Truncated?: boolean };

export type KmsApi = {
  'kms:CreateKey': { input: { Description?: string; KeySpec?: 'SYMMETRIC_DEFAULT'; KeyUsage?: 'ENCRYPT_DECRYPT' }; output: { KeyMetadata: KeyMetadata } };
  'kms:DescribeKey': { input: { KeyId: string }; output: { KeyMetadata: KeyMetadata } };
  'kms:ListKeys': { input: { Limit?: number; Marker?: string }; output: Page & { Keys?: { KeyId: string; KeyArn?: string }[] } };
  'kms:ListAliases': { input: { KeyId?: string; Limit?: number; Marker?: string }; output: Page & { Aliases?: AliasListEntry[] } };
  'kms:CreateAlias': { input: { AliasName: string; TargetKeyId: string }; output: unknown };
  'kms:EnableKey': { input: { KeyId: string }; output: unknown };
  'kms:DisableKey': { input: { KeyId: string }; output: unknown };
  'kms:Encrypt': {
    input: { KeyId: string; Plaintext: Uint8Array; EncryptionContext?: EncryptionContext };
    output: { CiphertextBlob: Uint8Array; KeyId: string; EncryptionAlgorithm?: string };
  };
  'kms:Decrypt': {
    input: { CiphertextBlob: Uint8Array; EncryptionContext?: EncryptionContext; KeyId?: string };
    output: { Plaintext: Uint8Array; KeyId: string; EncryptionAlgorithm?: string };
  };
};

export type KmsOperation = keyof KmsApi;
export type KmsResult<Op extends KmsOperation> = Result<KmsApi[Op]['output'], CallFailure>;

type UntypedCall = (op: string, input: unknown, options?: { as?: string }) => Promise<Result<unknown, CallFailure>>;

/**
 * One door, narrowed to the shapes above. The engine's operation table is typed by the
 * handlers that exist; going through this signature lets the console name operations by
 * AWS's contract and show AWS's own UnknownOperationException for any not built yet.
 */
export function callKms<Op extends KmsOperation>(client: EngineClient, op: Op, input: KmsApi[Op]['input'], as?: string): Promise<KmsResult<Op>> {
  const call = client.call.bind(client) as unknown as UntypedCall;
  return call(op, input, as === undefined ? undefined : { as }) as Promise<KmsResult<Op>>;
}
