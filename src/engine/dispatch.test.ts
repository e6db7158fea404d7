import { describe, expect, it } from 'vitest';
import { testAccount } from './testing/testAccount.ts';
import { dispatch } from './dispatch.ts';

describe('dispatch', () => {
  it('answers an unknown access key with UnrecognizedClientException and records nothing', async () => {
    const t = await testAccount();
    await t.as({ kind: 'accessKey', accessKeyId: 'AKIANOTAREALKEY00000' })
      .fails('kms:GenerateRandom', { NumberOfBytes: 8 }, 'UnrecognizedClientException', 'The security token included in the request is invalid.');
    expect(t.account.state.cloudtrail.events).toHaveLength(0);
  });

  it('answers an action with no operation with UnknownOperationException', async () => {
    const t = await testAccount();
    const outcome = await dispatch(t.account, { action: 'kms:MakeCoffee', input: {}, caller: { kind: 'accessKey', accessKeyId: 'AKIAIOSFODNN7EXAMPLE' } });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error.code).toBe('UnknownOperationException');
  });

  it('records every call in CloudTrail and tells subscribers', async () => {
    const t = await testAccount();
    const heard: string[] = [];
    t.account.listeners.add((e) => void heard.push(e.type === 'call' ? `${e.action}:${e.ok}` : e.type));
    const { Plaintext } = await t.ok('kms:GenerateRandom', { NumberOfBytes: 16 });
    expect(Plaintext).toHaveLength(16);
    expect(heard).toEqual(['kms:GenerateRandom:true']);
    expect(t.account.state.cloudtrail.events[0]).toMatchObject({
      eventSource: 'kms.amazonaws.com', eventName: 'GenerateRandom', eventVersion: '1.11', recipientAccountId: '111122223333',
      userIdentity: { type: 'IAMUser', userName: 'Admin', accessKeyId: 'AKIAIOSFODNN7EXAMPLE' },
    });
  });

  it('treats an absent input as the empty request body AWS would see', async () => {
    const t = await testAccount();
    for (const input of [null, undefined]) {
      const outcome = await dispatch(t.account, { action: 'kms:ListKeys', input, caller: { kind: 'accessKey', accessKeyId: 'AKIAIOSFODNN7EXAMPLE' } });
      expect(outcome).toMatchObject({ ok: true, value: { Keys: [], Truncated: false } });
    }
  });
});
