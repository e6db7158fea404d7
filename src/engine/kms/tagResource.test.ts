import { describe, expect, it } from 'vitest';
import { testAccount } from '../testing/testAccount.ts';
import { putTestKey } from './testKeys.ts';

describe('TagResource, UntagResource, ListResourceTags', () => {
  it('adds tags, replaces the value of an existing key and removes tags', async () => {
    const t = await testAccount();
    const { keyId: KeyId } = await putTestKey(t);
    await t.ok('kms:TagResource', { KeyId, Tags: [{ TagKey: 'Team', TagValue: 'red' }, { TagKey: 'Env', TagValue: 'dev' }] });
    await t.ok('kms:TagResource', { KeyId, Tags: [{ TagKey: 'Team', TagValue: 'blue' }] });
    expect((await t.ok('kms:ListResourceTags', { KeyId })).Tags).toEqual([{ TagKey: 'Team', TagValue: 'blue' }, { TagKey: 'Env', TagValue: 'dev' }]);
    await t.ok('kms:UntagResource', { KeyId, TagKeys: ['Team', 'NotThere'] });
    expect(await t.ok('kms:ListResourceTags', { KeyId })).toEqual({ Tags: [{ TagKey: 'Env', TagValue: 'dev' }], Truncated: false });
  });

  it('refuses tag keys with the aws: prefix in any case, for tagging and untagging', async () => {
    const t = await testAccount();
    const { keyId: KeyId } = await putTestKey(t);
    await t.fails('kms:TagResource', { KeyId, Tags: [{ TagKey: 'AWS:team', TagValue: 'x' }] }, 'TagException', 'Tags beginning with aws: are reserved');
    await t.fails('kms:UntagResource', { KeyId, TagKeys: ['aws:team'] }, 'TagException', 'Tags beginning with aws: are reserved');
  });

  it('refuses duplicate keys in one request and more than 50 tags on a key', async () => {
    const t = await testAccount();
    const { keyId: KeyId } = await putTestKey(t);
    await t.fails('kms:TagResource', { KeyId, Tags: [{ TagKey: 'a', TagValue: '1' }, { TagKey: 'a', TagValue: '2' }] }, 'TagException', 'Duplicate tag keys');
    const fifty = Array.from({ length: 50 }, (_, i) => ({ TagKey: `k${i}`, TagValue: 'v' }));
    await t.ok('kms:TagResource', { KeyId, Tags: fifty });
    await t.fails('kms:TagResource', { KeyId, Tags: [{ TagKey: 'one-more', TagValue: 'v' }] }, 'TagException', 'Too many tags');
  });

  it('tags a disabled key, refuses a key pending deletion, and still lists its tags', async () => {
    const t = await testAccount();
    const { keyId: KeyId, arn } = await putTestKey(t);
    await t.ok('kms:DisableKey', { KeyId });
    await t.ok('kms:TagResource', { KeyId, Tags: [{ TagKey: 'Team', TagValue: 'red' }] });
    await t.ok('kms:ScheduleKeyDeletion', { KeyId, PendingWindowInDays: 7 });
    await t.fails('kms:TagResource', { KeyId, Tags: [{ TagKey: 'x', TagValue: 'y' }] }, 'KMSInvalidStateException', `${arn} is pending deletion.`);
    await t.fails('kms:UntagResource', { KeyId, TagKeys: ['Team'] }, 'KMSInvalidStateException', `${arn} is pending deletion.`);
    expect((await t.ok('kms:ListResourceTags', { KeyId })).Tags).toHaveLength(1);
  });

  it('pages ListResourceTags with Limit and Marker', async () => {
    const t = await testAccount();
    const { keyId: KeyId } = await putTestKey(t);
    await t.ok('kms:TagResource', { KeyId, Tags: ['a', 'b', 'c'].map((k) => ({ TagKey: k, TagValue: k })) });
    const first = await t.ok('kms:ListResourceTags', { KeyId, Limit: 2 });
    expect(first.Tags.map((tag) => tag.TagKey)).toEqual(['a', 'b']);
    expect(first.Truncated).toBe(true);
    const rest = await t.ok('kms:ListResourceTags', { KeyId, Limit: 2, Marker: first.NextMarker });
    expect(rest).toEqual({ Tags: [{ TagKey: 'c', TagValue: 'c' }], Truncated: false });
  });
});
