import { describe, expect, it } from 'vitest';
import { loadServiceModel } from '../../client/serviceModels.ts';
import { commandAt, sdkVocabulary } from './sdkVocabulary.ts';

describe('sdkVocabulary', () => {
  it('names clients and commands as the SDK does, with input members from the model', async () => {
    const vocabulary = sdkVocabulary({ kms: await loadServiceModel('kms'), sts: await loadServiceModel('sts') });
    expect(vocabulary.clients).toEqual([{ name: 'KMSClient', module: '@aws-sdk/client-kms' }, { name: 'STSClient', module: '@aws-sdk/client-sts' }]);
    const createGrant = vocabulary.commands.find((c) => c.name === 'CreateGrantCommand');
    expect(createGrant?.module).toBe('@aws-sdk/client-kms');
    expect(createGrant?.members.filter((m) => m.required).map((m) => m.name)).toEqual(['KeyId', 'GranteePrincipal', 'Operations']);
    expect(createGrant?.members.find((m) => m.name === 'Operations')?.type).toBe('list');
    expect(vocabulary.commands.some((c) => c.name === 'GetCallerIdentityCommand')).toBe(true);
  });

  it('knows which command input the cursor is in, and when it has left it', () => {
    expect(commandAt('await client.send(new CreateKeyCommand({ Description: "x", ')).toBe('CreateKeyCommand');
    expect(commandAt('new CreateGrantCommand({ Constraints: { EncryptionContextSubset: { a: "b" } }, ')).toBe('CreateGrantCommand');
    expect(commandAt('new CreateKeyCommand({ Description: "x" }));\nconst y = {')).toBeUndefined();
    expect(commandAt('const client = new KMSClient({')).toBeUndefined();
  });
});
