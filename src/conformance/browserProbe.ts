/**
 * Bundled for the browser by browser.test.ts and run in Chromium: the browser build of the
 * real @aws-sdk/client-kms (fetch-era runtime config, WebCrypto signing) talking to the engine
 * through the in-process requestHandler, as the lab's code editor will.
 */
import { CreateKeyCommand, DecryptCommand, DisableKeyCommand, EncryptCommand, KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { createSdkRequestHandler } from '../client/sdkRequestHandler.ts';
import { createAccount, randomIds, systemClock } from '../engine/index.ts';

const ADMIN = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

async function errorOf(call: Promise<unknown>) {
  try {
    await call;
    return undefined;
  } catch (error) {
    const e = error as Error & { $metadata: { httpStatusCode?: number } };
    return { name: e.name, message: e.message, status: e.$metadata.httpStatusCode };
  }
}

async function probe() {
  const account = await createAccount({ clock: systemClock, ids: randomIds(crypto), crypto });
  const requestHandler = createSdkRequestHandler(account);
  const kms = new KMSClient({ region: 'us-east-1', credentials: ADMIN, requestHandler, maxAttempts: 1 });
  const { KeyMetadata } = await kms.send(new CreateKeyCommand({ Description: 'from the browser' }));
  const Plaintext = new TextEncoder().encode('hello from Chromium');
  const EncryptionContext = { page: 'probe' };
  const { CiphertextBlob, KeyId } = await kms.send(new EncryptCommand({ KeyId: KeyMetadata!.KeyId, Plaintext, EncryptionContext }));
  const decrypted = await kms.send(new DecryptCommand({ CiphertextBlob, EncryptionContext }));
  await kms.send(new DisableKeyCommand({ KeyId: KeyMetadata!.KeyId }));
  const wrongSecret = new KMSClient({ region: 'us-east-1', credentials: { ...ADMIN, secretAccessKey: 'wrong' }, requestHandler, maxAttempts: 1 });
  return {
    isBrowserBuild: typeof window !== 'undefined',
    keyArn: KeyMetadata!.Arn,
    encryptKeyId: KeyId,
    plaintext: new TextDecoder().decode(decrypted.Plaintext),
    disabled: await errorOf(kms.send(new EncryptCommand({ KeyId: KeyMetadata!.KeyId, Plaintext }))),
    wrongSecret: await errorOf(wrongSecret.send(new ListKeysCommand({}))),
  };
}

(globalThis as { kmsLabProbe?: typeof probe }).kmsLabProbe = probe;
