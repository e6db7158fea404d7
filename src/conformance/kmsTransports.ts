/**
 * The two ways a real, unmodified @aws-sdk/client-kms reaches the engine: the in-process
 * requestHandler (what the browser lab uses) and the loopback endpoint over HTTP (what the
 * AWS CLI and boto3 use). Conformance tests run the same scenarios through both.
 */
import { KMSClient } from '@aws-sdk/client-kms';
import { createSdkRequestHandler } from '../client/sdkRequestHandler.ts';
import { createAccount, randomIds, systemClock, type Account } from '../engine/index.ts';
import { serveLoopback } from '../node/serveLoopback.ts';

export const ADMIN = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
export const REGION = 'us-east-1';
export const ACCOUNT = '111122223333';

export type Credentials = { accessKeyId: string; secretAccessKey: string };

export type KmsTransport = {
  readonly account: Account;
  /** A KMSClient as a learner would write it, with the given (default: Admin's) credentials. */
  client(credentials?: Credentials): KMSClient;
  close(): Promise<void>;
};

// SigV4 is verified against the account's clock, so the account keeps real time like AWS.
const newAccount = () => createAccount({ clock: systemClock, ids: randomIds(globalThis.crypto), crypto: globalThis.crypto });

export async function inProcessTransport(): Promise<KmsTransport> {
  const account = await newAccount();
  const requestHandler = createSdkRequestHandler(account);
  return {
    account,
    client: (credentials = ADMIN) => new KMSClient({ region: REGION, credentials, requestHandler, maxAttempts: 1 }),
    close: async () => {},
  };
}

export async function loopbackTransport(): Promise<KmsTransport> {
  const account = await newAccount();
  const server = await serveLoopback(account, 0);
  return {
    account,
    client: (credentials = ADMIN) => new KMSClient({ region: REGION, credentials, endpoint: server.url, maxAttempts: 1 }),
    close: () => server.close(),
  };
}

export const TRANSPORTS = [
  { name: 'in process', start: inProcessTransport },
  { name: 'over the loopback endpoint', start: loopbackTransport },
] as const;

export const keyArn = (keyId: string) => `arn:aws:kms:${REGION}:${ACCOUNT}:key/${keyId}`;
export const aliasArn = (aliasName: string) => `arn:aws:kms:${REGION}:${ACCOUNT}:${aliasName}`;

/** The error a rejected SDK call raised, so a test can assert on its name, message and metadata. */
export async function rejection(call: Promise<unknown>): Promise<Error & { $metadata: { httpStatusCode?: number; requestId?: string }; $fault: string }> {
  try {
    await call;
  } catch (error) {
    return error as never;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
