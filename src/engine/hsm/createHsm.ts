/**
 * The simulated HSM: the only code that holds key material. Each piece of material is a
 * non-extractable AES-256-GCM CryptoKey; a copy wrapped under the HSM's domain key is kept so
 * the account can be saved and restored without the material ever leaving this module in the
 * clear. Nothing here returns a CryptoKey or raw bytes of material to a caller.
 */
import { fromBase64, toBase64, toHex, concatBytes } from '../../shared/bytes.ts';
import { InternalError } from '../../shared/assert.ts';

export type HsmSnapshot = {
  /** Structured-cloneable (IndexedDB keeps it non-extractable); never JSON. */
  readonly domainKey: CryptoKey;
  /** material id → base64(iv ‖ AES-GCM(domainKey, raw material)). */
  readonly wrapped: Readonly<Record<string, string>>;
};

export interface Hsm {
  /** Makes new 256-bit symmetric material and returns its id: 64 hex digits, the shape of AWS's KeyMaterialId. */
  createMaterial(): Promise<string>;
  hasMaterial(materialId: string): boolean;
  /** AES-256-GCM with a fresh 12-byte IV; returns iv ‖ ciphertext ‖ tag. */
  seal(materialId: string, plaintext: Uint8Array, aad: Uint8Array): Promise<Uint8Array>;
  /** Undefined when the tag does not verify: wrong material, tampering or wrong AAD. */
  open(materialId: string, sealed: Uint8Array, aad: Uint8Array): Promise<Uint8Array | undefined>;
  /** Forgets material for good, as when a key's deletion date passes. */
  destroyMaterial(materialId: string): void;
  snapshot(): HsmSnapshot;
  /**
   * Every piece of material sealed under `wrappingKey` instead of the domain key (an account
   * export's passphrase key, or a fresh domain key after an import). The material is unwrapped
   * and re-sealed in here; only the sealed form leaves.
   */
  wrapAllUnder(wrappingKey: CryptoKey): Promise<Record<string, string>>;
}

const IV_BYTES = 12;
const AES_GCM = { name: 'AES-GCM', length: 256 } as const;

export async function createHsm(crypto: Crypto, restore?: HsmSnapshot): Promise<Hsm> {
  const subtle = crypto.subtle;
  const domainKey = restore?.domainKey ?? (await subtle.generateKey(AES_GCM, false, ['encrypt', 'decrypt']));
  const keys = new Map<string, CryptoKey>();
  const wrapped = new Map<string, string>();

  const importMaterial = (raw: Uint8Array) => subtle.importKey('raw', raw as BufferSource, AES_GCM, false, ['encrypt', 'decrypt']);

  async function seal(key: CryptoKey, plaintext: Uint8Array, aad: Uint8Array) {
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const sealed = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad as BufferSource }, key, plaintext as BufferSource);
    return concatBytes(iv, new Uint8Array(sealed));
  }

  async function open(key: CryptoKey, sealed: Uint8Array, aad: Uint8Array) {
    if (sealed.length < IV_BYTES + 16) return undefined;
    try {
      const params = { name: 'AES-GCM', iv: sealed.subarray(0, IV_BYTES) as BufferSource, additionalData: aad as BufferSource };
      return new Uint8Array(await subtle.decrypt(params, key, sealed.subarray(IV_BYTES) as BufferSource));
    } catch {
      return undefined;
    }
  }

  for (const [id, blob] of Object.entries(restore?.wrapped ?? {})) {
    const raw = await open(domainKey, fromBase64(blob) ?? new Uint8Array(), new Uint8Array());
    if (!raw) throw new InternalError(`HSM material ${id} does not unwrap under this domain key`);
    keys.set(id, await importMaterial(raw));
    wrapped.set(id, blob);
    raw.fill(0);
  }

  function keyOf(materialId: string) {
    const key = keys.get(materialId);
    if (!key) throw new InternalError(`HSM has no material ${materialId}`);
    return key;
  }

  return {
    async createMaterial() {
      const raw = crypto.getRandomValues(new Uint8Array(32));
      const id = toHex(crypto.getRandomValues(new Uint8Array(32)));
      keys.set(id, await importMaterial(raw));
      wrapped.set(id, toBase64(await seal(domainKey, raw, new Uint8Array())));
      raw.fill(0);
      return id;
    },
    hasMaterial: (materialId) => keys.has(materialId),
    seal: (materialId, plaintext, aad) => seal(keyOf(materialId), plaintext, aad),
    open: (materialId, sealed, aad) => open(keyOf(materialId), sealed, aad),
    destroyMaterial(materialId) {
      keys.delete(materialId);
      wrapped.delete(materialId);
    },
    snapshot: () => ({ domainKey, wrapped: Object.fromEntries(wrapped) }),
    async wrapAllUnder(wrappingKey) {
      const out: Record<string, string> = {};
      for (const [id, blob] of wrapped) {
        const raw = await open(domainKey, fromBase64(blob) ?? new Uint8Array(), new Uint8Array());
        if (!raw) throw new InternalError(`HSM material ${id} does not unwrap under its own domain key`);
        out[id] = toBase64(await seal(wrappingKey, raw, new Uint8Array()));
        raw.fill(0);
      }
      return out;
    },
  };
}
