/**
 * The two halves every symmetric operation shares: seal plaintext under a key's current
 * material into a blob, and open a blob back into its key and plaintext. Encrypt, Decrypt,
 * ReEncrypt and the GenerateDataKey family are thin layers over these.
 */
import type { OperationContext } from '../operation.ts';
import type { KmsKey } from './state.ts';
import { formatCiphertextBlob, parseCiphertextBlob } from './ciphertextBlob.ts';
import { encryptionContextAad } from './encryptionContextAad.ts';
import { ciphertextKeyUnknown, incompatibleAlgorithm, incorrectKey, invalidCiphertext } from './cryptoErrors.ts';
import { findUsableKey } from './resolveKey.ts';
import { assert } from '../../shared/assert.ts';

export type Context = Readonly<Record<string, string>>;

export const SYMMETRIC_DEFAULT = 'SYMMETRIC_DEFAULT';

/** Symmetric keys take only SYMMETRIC_DEFAULT; absent means SYMMETRIC_DEFAULT. */
export function assertSymmetricAlgorithm(key: KmsKey, algorithm: string | undefined): void {
  if (algorithm !== undefined && algorithm !== SYMMETRIC_DEFAULT) throw incompatibleAlgorithm(algorithm, key);
}

/** Encrypts under the key's newest material, as AWS does after a rotation. */
export async function sealForKey(ctx: OperationContext, key: KmsKey, plaintext: Uint8Array, context: Context): Promise<Uint8Array> {
  const current = key.materials.at(-1);
  assert(current, `key ${key.keyId} has no key material`);
  const aad = encryptionContextAad(key.keyId, current.materialId, context);
  const sealed = await ctx.account.hsm.seal(current.materialId, plaintext, aad);
  return formatCiphertextBlob({ keyId: key.keyId, materialId: current.materialId, sealed });
}

export type Opened = { readonly key: KmsKey; readonly plaintext: Uint8Array };

/**
 * Opens a blob. With `expectedKeyId` (Decrypt's KeyId, ReEncrypt's SourceKeyId) the blob must
 * be that key's: otherwise IncorrectKeyException. The blob's key must be usable (Disabled →
 * DisabledException, pending states → KMSInvalidStateException, gone → AccessDeniedException).
 */
export async function openBlob(ctx: OperationContext, blob: Uint8Array, context: Context, expectedKeyId?: string): Promise<Opened> {
  const expected = expectedKeyId === undefined ? undefined : findUsableKey(ctx, expectedKeyId);
  const parsed = parseCiphertextBlob(blob);
  if (!parsed) throw invalidCiphertext();
  if (expected && expected.keyId !== parsed.keyId) throw incorrectKey();
  if (!ctx.account.state.kms.keys[parsed.keyId]) throw ciphertextKeyUnknown();
  const key = findUsableKey(ctx, parsed.keyId);
  // Material the key does not list (or the HSM has forgotten) reads as a bad blob, not a bug.
  const known = key.materials.some((m) => m.materialId === parsed.materialId) && ctx.account.hsm.hasMaterial(parsed.materialId);
  if (!known) throw invalidCiphertext();
  const aad = encryptionContextAad(parsed.keyId, parsed.materialId, context);
  const plaintext = await ctx.account.hsm.open(parsed.materialId, parsed.sealed, aad);
  if (!plaintext) throw invalidCiphertext();
  return { key, plaintext };
}
