/**
 * The key an account export is sealed under: PBKDF2-SHA-256 over the passphrase (OWASP's
 * 2023 iteration count for PBKDF2-HMAC-SHA256), giving a non-extractable AES-256-GCM key.
 */
export const PBKDF2_ITERATIONS = 600_000;

export type KdfParams = { readonly name: 'PBKDF2'; readonly hash: 'SHA-256'; readonly iterations: number; readonly salt: string };

export async function passphraseKey(crypto: Crypto, passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function sealWith(crypto: Crypto, key: CryptoKey, plaintext: Uint8Array): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plaintext as BufferSource));
  const out = new Uint8Array(iv.length + sealed.length);
  out.set(iv);
  out.set(sealed, iv.length);
  return out;
}

/** Undefined when the tag does not verify: a wrong passphrase or a changed file. */
export async function openWith(crypto: Crypto, key: CryptoKey, sealed: Uint8Array): Promise<Uint8Array | undefined> {
  if (sealed.length < 28) return undefined;
  try {
    const iv = sealed.subarray(0, 12) as BufferSource;
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, sealed.subarray(12) as BufferSource));
  } catch {
    return undefined;
  }
}
