import { describe, expect, it } from 'vitest';
import { testAccount } from '../testing/testAccount.ts';

const ALIAS_ARN = 'arn:aws:kms:us-east-1:111122223333:alias/';

async function withKeys(count: number) {
  const t = await testAccount();
  const keys = [];
  for (let i = 0; i < count; i++) keys.push((await t.ok('kms:CreateKey', {})).KeyMetadata);
  return { t, keys };
}

describe('CreateAlias, UpdateAlias, DeleteAlias, ListAliases', () => {
  it('creates an alias that lists with its ARN, target and dates', async () => {
    const { t, keys } = await withKeys(1);
    await t.ok('kms:CreateAlias', { AliasName: 'alias/app', TargetKeyId: keys[0]!.Arn });
    const { Aliases, Truncated } = await t.ok('kms:ListAliases', {});
    const created = new Date(Date.UTC(2026, 0, 15, 9, 0, 0));
    expect(Aliases).toEqual([{ AliasName: 'alias/app', AliasArn: `${ALIAS_ARN}app`, TargetKeyId: keys[0]!.KeyId, CreationDate: created, LastUpdatedDate: created }]);
    expect(Truncated).toBe(false);
  });

  it('requires the alias/ prefix', async () => {
    const { t, keys } = await withKeys(1);
    const message = 'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html';
    await t.fails('kms:CreateAlias', { AliasName: 'app', TargetKeyId: keys[0]!.KeyId }, 'ValidationException', message);
    await t.fails('kms:UpdateAlias', { AliasName: 'app', TargetKeyId: keys[0]!.KeyId }, 'ValidationException', message);
    await t.fails('kms:DeleteAlias', { AliasName: 'app' }, 'ValidationException', message);
  });

  it('keeps alias/aws/ for AWS managed keys', async () => {
    const { t, keys } = await withKeys(1);
    await t.fails('kms:CreateAlias', { AliasName: 'alias/aws/s3', TargetKeyId: keys[0]!.KeyId }, 'NotAuthorizedException', '');
    expect(t.account.state.kms.aliases).toEqual({});
  });

  it('refuses a second alias with the same name, naming the alias ARN', async () => {
    const { t, keys } = await withKeys(2);
    await t.ok('kms:CreateAlias', { AliasName: 'alias/app', TargetKeyId: keys[0]!.KeyId });
    await t.fails('kms:CreateAlias', { AliasName: 'alias/app', TargetKeyId: keys[1]!.KeyId }, 'AlreadyExistsException', `An alias with the name ${ALIAS_ARN}app already exists`);
  });

  it('refuses an alias as the target of another alias', async () => {
    const { t, keys } = await withKeys(1);
    await t.ok('kms:CreateAlias', { AliasName: 'alias/app', TargetKeyId: keys[0]!.KeyId });
    await t.fails('kms:CreateAlias', { AliasName: 'alias/other', TargetKeyId: 'alias/app' }, 'ValidationException', 'Aliases must refer to keys. Not aliases');
  });

  it('refuses an alias for a key that does not exist or is pending deletion, but allows a disabled one', async () => {
    const { t, keys } = await withKeys(2);
    const missing = '11111111-2222-4333-8444-555555555555';
    await t.fails('kms:CreateAlias', { AliasName: 'alias/app', TargetKeyId: missing }, 'NotFoundException', `Key 'arn:aws:kms:us-east-1:111122223333:key/${missing}' does not exist`);
    await t.ok('kms:DisableKey', { KeyId: keys[0]!.KeyId });
    await t.ok('kms:CreateAlias', { AliasName: 'alias/disabled', TargetKeyId: keys[0]!.KeyId });
    await t.ok('kms:ScheduleKeyDeletion', { KeyId: keys[1]!.KeyId, PendingWindowInDays: 7 });
    await t.fails('kms:CreateAlias', { AliasName: 'alias/doomed', TargetKeyId: keys[1]!.KeyId }, 'KMSInvalidStateException', `${keys[1]!.Arn} is pending deletion.`);
  });

  it('moves an alias to another key, even away from a key pending deletion, but never onto one', async () => {
    const { t, keys } = await withKeys(3);
    await t.ok('kms:CreateAlias', { AliasName: 'alias/app', TargetKeyId: keys[0]!.KeyId });
    await t.ok('kms:ScheduleKeyDeletion', { KeyId: keys[0]!.KeyId, PendingWindowInDays: 7 });
    await t.advanceDays(1);
    await t.ok('kms:UpdateAlias', { AliasName: 'alias/app', TargetKeyId: keys[1]!.KeyId });
    const [entry] = (await t.ok('kms:ListAliases', {})).Aliases;
    expect(entry).toMatchObject({ TargetKeyId: keys[1]!.KeyId, LastUpdatedDate: new Date(Date.UTC(2026, 0, 16, 9, 0, 0)) });
    expect(entry!.CreationDate).toEqual(new Date(Date.UTC(2026, 0, 15, 9, 0, 0)));
    await t.fails('kms:UpdateAlias', { AliasName: 'alias/app', TargetKeyId: keys[0]!.KeyId }, 'KMSInvalidStateException', `${keys[0]!.Arn} is pending deletion.`);
  });

  it('answers UpdateAlias and DeleteAlias for a missing alias with its ARN', async () => {
    const { t, keys } = await withKeys(1);
    await t.fails('kms:UpdateAlias', { AliasName: 'alias/none', TargetKeyId: keys[0]!.KeyId }, 'NotFoundException', `Alias ${ALIAS_ARN}none is not found.`);
    await t.fails('kms:DeleteAlias', { AliasName: 'alias/none' }, 'NotFoundException', `Alias ${ALIAS_ARN}none is not found.`);
  });

  it('deletes an alias and leaves its key as it was', async () => {
    const { t, keys } = await withKeys(1);
    await t.ok('kms:CreateAlias', { AliasName: 'alias/app', TargetKeyId: keys[0]!.KeyId });
    await t.ok('kms:DeleteAlias', { AliasName: 'alias/app' });
    expect((await t.ok('kms:ListAliases', {})).Aliases).toEqual([]);
    expect((await t.ok('kms:DescribeKey', { KeyId: keys[0]!.KeyId })).KeyMetadata.KeyState).toBe('Enabled');
    await t.fails('kms:DescribeKey', { KeyId: 'alias/app' }, 'NotFoundException', `Alias ${ALIAS_ARN}app is not found.`);
  });

  it('filters ListAliases by key and pages through them', async () => {
    const { t, keys } = await withKeys(2);
    for (const name of ['c', 'a', 'b']) await t.ok('kms:CreateAlias', { AliasName: `alias/${name}`, TargetKeyId: keys[0]!.KeyId });
    await t.ok('kms:CreateAlias', { AliasName: 'alias/other', TargetKeyId: keys[1]!.KeyId });
    const first = await t.ok('kms:ListAliases', { KeyId: keys[0]!.Arn, Limit: 2 });
    expect(first.Aliases.map((a) => a.AliasName)).toEqual(['alias/a', 'alias/b']);
    expect(first.Truncated).toBe(true);
    const rest = await t.ok('kms:ListAliases', { KeyId: keys[0]!.KeyId, Limit: 2, Marker: first.NextMarker });
    expect(rest.Aliases.map((a) => a.AliasName)).toEqual(['alias/c']);
    expect(rest).toMatchObject({ Truncated: false });
    expect(rest).not.toHaveProperty('NextMarker');
  });
});
