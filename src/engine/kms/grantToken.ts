/**
 * Grant ids and grant tokens in AWS's shapes. A grant id is 64 lowercase hex characters. A
 * grant token is an opaque base64 string; the one in the CreateGrant examples of the API
 * reference ("AQpAM2Rh…") decodes to 0x01, then field 0x0a of length 0x40 holding a 64-hex id,
 * then field 0x12 of 32 bytes, and more. Ours has the same outline: it carries the id of the
 * grant it was issued for (so RetireGrant can find the grant from the token alone) and a
 * per-request part, since every CreateGrant call returns a new token, even for the same
 * grant. Its total length is ours; AWS's tokens vary and are longer.
 */
import type { OperationContext } from '../operation.ts';
import { concatBytes, fromBase64, toBase64, toHex, utf8 } from '../../shared/bytes.ts';
import { invalidGrantToken } from './grantErrors.ts';

const GRANT_ID = /^[0-9a-f]{64}$/;
const HEADER = [0x01, 0x0a, 0x40];
const NONCE_FIELD = [0x12, 0x20];
const TRAILER_FIELD = [0x1a, 0x40];
const TOKEN_LENGTH = HEADER.length + 64 + NONCE_FIELD.length + 32 + TRAILER_FIELD.length + 64;

const digest = async (ctx: OperationContext, algorithm: 'SHA-256' | 'SHA-512', text: string) =>
  new Uint8Array(await ctx.account.platform.crypto.subtle.digest(algorithm, utf8(text) as BufferSource));

export const isGrantId = (value: string) => GRANT_ID.test(value);

/** A new grant id, derived from the platform's ids so seeded tests get the same ids every run. */
export async function newGrantId(ctx: OperationContext): Promise<string> {
  return toHex(await digest(ctx, 'SHA-256', `grant:${ctx.account.platform.ids.uuid()}`));
}

export async function newGrantToken(ctx: OperationContext, grantId: string): Promise<string> {
  const seed = ctx.account.platform.ids.uuid();
  const nonce = await digest(ctx, 'SHA-256', `token:${seed}`);
  const trailer = await digest(ctx, 'SHA-512', `trailer:${seed}`);
  return toBase64(concatBytes(new Uint8Array(HEADER), utf8(grantId), new Uint8Array(NONCE_FIELD), nonce, new Uint8Array(TRAILER_FIELD), trailer));
}

/** The grant id a token was issued for, or undefined for anything that is not one of our tokens. */
export function grantIdInToken(token: string): string | undefined {
  const bytes = fromBase64(token);
  if (!bytes || bytes.length !== TOKEN_LENGTH) return undefined;
  if (HEADER.some((b, i) => bytes[i] !== b)) return undefined;
  const grantId = String.fromCharCode(...bytes.subarray(HEADER.length, HEADER.length + 64));
  const at = HEADER.length + 64;
  if (!isGrantId(grantId) || bytes[at] !== NONCE_FIELD[0] || bytes[at + 1] !== NONCE_FIELD[1]) return undefined;
  return grantId;
}

/** The GrantTokens member of any KMS request: each must be a token KMS issued. */
export function assertGrantTokens(tokens: readonly string[] | undefined): void {
  for (const token of tokens ?? []) {
    if (grantIdInToken(token) === undefined) throw invalidGrantToken();
  }
}
