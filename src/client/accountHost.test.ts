import { KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { expect, it } from 'vitest';
import { ADMIN_ACCESS_KEY_ID, ADMIN_SECRET_ACCESS_KEY, createAccount, randomIds, systemClock } from '../engine/index.ts';
import { createAccountHost } from './accountHost.ts';

const newAccount = () => createAccount({ clock: systemClock, ids: randomIds(crypto), crypto });

it('an SDK client made before the account is replaced (a terminal open across a reset or an import) talks to the new account', async () => {
  const host = createAccountHost(await newAccount(), 'arn:aws:iam::111122223333:user/Admin');
  const kms = new KMSClient({
    region: 'us-east-1',
    credentials: { accessKeyId: ADMIN_ACCESS_KEY_ID, secretAccessKey: ADMIN_SECRET_ACCESS_KEY },
    requestHandler: host.client.sdkRequestHandler(),
    maxAttempts: 1,
  });
  await host.client.call('kms:CreateKey', {});
  expect((await kms.send(new ListKeysCommand({}))).Keys).toHaveLength(1);

  host.replace(await newAccount());

  expect((await kms.send(new ListKeysCommand({}))).Keys).toEqual([]);
});
