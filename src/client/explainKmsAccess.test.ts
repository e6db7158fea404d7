import { expect, it } from 'vitest';
import { createHeadlessLab, ADMIN_ARN } from '../headless.ts';

it('answers whether a principal may use a key, without a call, a CloudTrail record or an event', async () => {
  const { client } = await createHeadlessLab();
  const created = await client.call('kms:CreateKey', {});
  if (!created.ok) throw new Error(created.error.message);
  const KeyId = created.value.KeyMetadata!.KeyId!;
  await client.call('iam:CreateUser', { UserName: 'bob' });
  const before = client.inspect().cloudtrail.events.length;
  const events: unknown[] = [];
  client.subscribe((event) => events.push(event));

  const admin = client.explainKmsAccess({ principalArn: ADMIN_ARN, action: 'kms:Encrypt', keyId: KeyId });
  const bob = client.explainKmsAccess({ principalArn: 'arn:aws:iam::111122223333:user/bob', action: 'kms:Encrypt', keyId: KeyId });
  expect(admin.ok && admin.value?.decision).toBe('Allow');
  expect(bob.ok && bob.value?.decision).toBe('ImplicitDeny');
  expect(client.inspect().cloudtrail.events.length).toBe(before);
  expect(events).toEqual([]);
});

it('says there is no such key, and refuses a principal the account does not have', async () => {
  const { client } = await createHeadlessLab();
  expect(client.explainKmsAccess({ principalArn: ADMIN_ARN, action: 'kms:Encrypt', keyId: 'alias/none' })).toEqual({ ok: true, value: undefined });
  const nobody = client.explainKmsAccess({ principalArn: 'arn:aws:iam::111122223333:user/nobody', action: 'kms:Encrypt', keyId: 'alias/none' });
  expect(nobody.ok ? undefined : nobody.error.code).toBe('UnrecognizedClientException');
});
