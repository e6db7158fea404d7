/**
 * The playground's examples, after the AWS SDK for JavaScript v3 code examples for KMS
 * (create a key, generate a data key, enable a key, create a grant). Each one stands on its
 * own in a fresh account: it makes the key it needs.
 */
export type ExampleId = 'createKey' | 'generateDataKey' | 'enableKey' | 'createGrant';

const CREATE_KEY = `import { KMSClient, CreateKeyCommand } from '@aws-sdk/client-kms';

const client = new KMSClient({ region: 'us-east-1' });

const { KeyMetadata } = await client.send(new CreateKeyCommand({
  Description: 'Created from the SDK playground',
  KeyUsage: 'ENCRYPT_DECRYPT',
  KeySpec: 'SYMMETRIC_DEFAULT',
  Tags: [{ TagKey: 'Name', TagValue: 'FromThePlayground' }],
}));
console.log('Created key', KeyMetadata.KeyId);
console.log(KeyMetadata);
`;

const GENERATE_DATA_KEY = `import { KMSClient, CreateKeyCommand, GenerateDataKeyCommand } from '@aws-sdk/client-kms';

const client = new KMSClient({ region: 'us-east-1' });
const { KeyMetadata } = await client.send(new CreateKeyCommand({ Description: 'Data key example' }));

// Envelope encryption: use Plaintext to encrypt your data, keep only CiphertextBlob.
const dataKey = await client.send(new GenerateDataKeyCommand({
  KeyId: KeyMetadata.KeyId,
  KeySpec: 'AES_256',
  EncryptionContext: { purpose: 'example' },
}));
console.log('Plaintext data key bytes:', dataKey.Plaintext.length);
console.log('Encrypted data key:', dataKey.CiphertextBlob);
`;

const ENABLE_KEY = `import { KMSClient, CreateKeyCommand, DisableKeyCommand, EnableKeyCommand, DescribeKeyCommand } from '@aws-sdk/client-kms';

const client = new KMSClient({ region: 'us-east-1' });
const { KeyMetadata } = await client.send(new CreateKeyCommand({ Description: 'Enable key example' }));
await client.send(new DisableKeyCommand({ KeyId: KeyMetadata.KeyId }));

await client.send(new EnableKeyCommand({ KeyId: KeyMetadata.KeyId }));
const { KeyMetadata: after } = await client.send(new DescribeKeyCommand({ KeyId: KeyMetadata.KeyId }));
console.log(after.KeyId, 'is', after.KeyState);
`;

const CREATE_GRANT = `import { KMSClient, CreateKeyCommand, CreateGrantCommand } from '@aws-sdk/client-kms';
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';

const kms = new KMSClient({ region: 'us-east-1' });
const { Arn } = await new STSClient({ region: 'us-east-1' }).send(new GetCallerIdentityCommand({}));
const { KeyMetadata } = await kms.send(new CreateKeyCommand({ Description: 'Grant example' }));

const grant = await kms.send(new CreateGrantCommand({
  KeyId: KeyMetadata.KeyId,
  GranteePrincipal: Arn,
  Operations: ['Encrypt', 'Decrypt'],
  Constraints: { EncryptionContextSubset: { Department: 'IT' } },
}));
console.log('Grant', grant.GrantId, 'for', Arn);
`;

export const EXAMPLES: Readonly<Record<ExampleId, string>> = {
  createKey: CREATE_KEY,
  generateDataKey: GENERATE_DATA_KEY,
  enableKey: ENABLE_KEY,
  createGrant: CREATE_GRANT,
};
