/**
 * The four ways the benchmark encrypts and decrypts 4 KiB: raw WebCrypto (the physical limit),
 * the engine's dispatch, the real SDK through the in-process requestHandler, and the real SDK
 * over the loopback endpoint. Each returns one encrypt+decrypt pair as an async function.
 */
import { DecryptCommand, EncryptCommand, KMSClient } from '@aws-sdk/client-kms';
import { HttpResponse } from '@smithy/protocol-http';
import { createSdkRequestHandler } from '../src/client/sdkRequestHandler.ts';
import { createAccount, dispatch, randomIds, systemClock, type Account } from '../src/engine/index.ts';
import { serveLoopback, type LoopbackServer } from '../src/node/serveLoopback.ts';

export const PLAINTEXT = globalThis.crypto.getRandomValues(new Uint8Array(4096));
const CONTEXT = { purpose: 'bench' };
const ADMIN = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

export type Pair = () => Promise<void>;

/**
 * Every client here is long-lived and nobody touches its middleware stack after the first call,
 * so the stack is resolved once per command class instead of on every send (smithy's documented
 * `cacheMiddleware` option: "0-1ms per request"). Apps that keep one client, as these benchmarks
 * do, can do the same; clients whose stack changes between calls (the CLI's user agent, the
 * presigner) must not.
 */
const LONG_LIVED = { cacheMiddleware: true } as const;

export async function rawWebCrypto(): Promise<Pair> {
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const aad = new TextEncoder().encode(JSON.stringify(CONTEXT));
  return async () => {
    const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
    const sealed = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, PLAINTEXT);
    await subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, sealed);
  };
}

export async function benchAccount(): Promise<{ account: Account; keyId: string }> {
  const account = await createAccount({ clock: systemClock, ids: randomIds(globalThis.crypto), crypto: globalThis.crypto });
  const created = await dispatch(account, { action: 'kms:CreateKey', input: {}, caller: { kind: 'accessKey', accessKeyId: ADMIN.accessKeyId } });
  if (!created.ok) throw new Error(`CreateKey failed: ${created.error.message}`);
  return { account, keyId: (created.value as { KeyMetadata: { KeyId: string } }).KeyMetadata.KeyId };
}

export function throughDispatch(account: Account, keyId: string): Pair {
  const caller = { kind: 'accessKey', accessKeyId: ADMIN.accessKeyId } as const;
  return async () => {
    const encrypted = await dispatch(account, { action: 'kms:Encrypt', input: { KeyId: keyId, Plaintext: PLAINTEXT, EncryptionContext: CONTEXT }, caller });
    if (!encrypted.ok) throw new Error(encrypted.error.message);
    const { CiphertextBlob } = encrypted.value as { CiphertextBlob: Uint8Array };
    const decrypted = await dispatch(account, { action: 'kms:Decrypt', input: { CiphertextBlob, EncryptionContext: CONTEXT }, caller });
    if (!decrypted.ok) throw new Error(decrypted.error.message);
  };
}

function throughClient(kms: KMSClient, keyId: string): Pair {
  return async () => {
    const { CiphertextBlob } = await kms.send(new EncryptCommand({ KeyId: keyId, Plaintext: PLAINTEXT, EncryptionContext: CONTEXT }));
    await kms.send(new DecryptCommand({ CiphertextBlob, EncryptionContext: CONTEXT }));
  };
}

export const throughSdkInProcess = (account: Account, keyId: string): Pair =>
  throughClient(new KMSClient({ region: 'us-east-1', credentials: ADMIN, requestHandler: createSdkRequestHandler(account), maxAttempts: 1, ...LONG_LIVED }), keyId);

/**
 * The SDK answered by canned bytes, no engine at all: what the SDK itself costs per call
 * (middleware, signing, parsing), the floor under the in-process figure.
 */
export function sdkAlone(keyId: string): Pair {
  const json = (value: object) => new TextEncoder().encode(JSON.stringify(value));
  const bodies: Record<string, Uint8Array> = {
    'TrentService.Encrypt': json({ CiphertextBlob: Buffer.from(PLAINTEXT).toString('base64'), KeyId: keyId, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' }),
    'TrentService.Decrypt': json({ Plaintext: Buffer.from(PLAINTEXT).toString('base64'), KeyId: keyId, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' }),
  };
  const requestHandler = {
    handle: async (request: { headers: Record<string, string> }) => ({
      response: new HttpResponse({ statusCode: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: bodies[request.headers['x-amz-target']!] }),
    }),
  };
  return throughClient(new KMSClient({ region: 'us-east-1', credentials: ADMIN, requestHandler, maxAttempts: 1, ...LONG_LIVED }), keyId);
}

export async function throughLoopback(account: Account, keyId: string): Promise<{ pair: Pair; server: LoopbackServer }> {
  const server = await serveLoopback(account, 0);
  const kms = new KMSClient({ region: 'us-east-1', credentials: ADMIN, endpoint: server.url, maxAttempts: 1, ...LONG_LIVED });
  return { pair: throughClient(kms, keyId), server };
}
