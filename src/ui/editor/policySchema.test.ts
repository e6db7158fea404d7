import { describe, expect, it } from 'vitest';
import { actionNames } from './policyActions.ts';
import { conditionKeysFor } from './conditionVocabulary.ts';
import { conditionOperatorPattern, createPolicySchema } from './policySchema.ts';

type Node = { properties?: Record<string, Node>; anyOf?: Node[]; enum?: string[]; items?: Node; pattern?: string; patternProperties?: Record<string, Node> };
const statementOf = (schema: unknown) => ((schema as Node).properties!.Statement!.anyOf![0]!) as Node;
const actionEnum = (statement: Node) => statement.properties!.Action!.anyOf![0]!.anyOf![0]!.enum;

describe('policy schemas', () => {
  it('name actions after the model operations, with S3 operations under their permission names', () => {
    const names = actionNames({ kms: ['CreateKey', 'Encrypt'], s3: ['ListObjectsV2', 'HeadBucket', 'GetObject', 'PutBucketEncryption'], sts: ['GetCallerIdentity'] });
    expect(names).toEqual(['kms:*', 'kms:CreateKey', 'kms:Encrypt', 's3:*', 's3:GetObject', 's3:ListBucket', 's3:PutEncryptionConfiguration', 'sts:*', 'sts:GetCallerIdentity']);
  });

  it('offer the given actions and condition keys for completion in every statement', () => {
    const schema = createPolicySchema({ kind: 'keyPolicy', actions: ['kms:*', 'kms:Encrypt'], conditionKeys: conditionKeysFor(['kms']) });
    const statement = statementOf(schema);
    expect(actionEnum(statement)).toEqual(['kms:*', 'kms:Encrypt']);
    const conditionKeys = Object.keys(statement.properties!.Condition!.properties!.StringEquals!.properties!);
    expect(conditionKeys).toContain('kms:ViaService');
    expect(conditionKeys).toContain('aws:PrincipalArn');
    expect(conditionKeys).not.toContain('s3:x-amz-server-side-encryption');
  });

  it('offer Principal in key and bucket policies but not in IAM policies', () => {
    const make = (kind: 'keyPolicy' | 'iamPolicy' | 'bucketPolicy') => Object.keys(statementOf(createPolicySchema({ kind, actions: [], conditionKeys: [] })).properties!);
    expect(make('keyPolicy')).toContain('Principal');
    expect(make('bucketPolicy')).toContain('NotPrincipal');
    expect(make('iamPolicy')).not.toContain('Principal');
  });

  it('accept qualified and IfExists operators, and Null only bare', () => {
    const pattern = new RegExp(conditionOperatorPattern());
    expect(['StringEquals', 'ForAnyValue:StringLike', 'ForAllValues:StringEqualsIfExists', 'BoolIfExists', 'Null'].every((op) => pattern.test(op))).toBe(true);
    expect(['StringEqual', 'NullIfExists', 'ForSomeValues:StringLike'].some((op) => pattern.test(op))).toBe(false);
  });

  it('let any service:Action pattern through, as IAM does, but not free text', () => {
    const statement = statementOf(createPolicySchema({ kind: 'iamPolicy', actions: [], conditionKeys: [] }));
    const pattern = new RegExp(statement.properties!.Action!.anyOf![0]!.anyOf![1]!.pattern!);
    expect(['ec2:DescribeInstances', 'kms:Get*', '*'].every((a) => pattern.test(a))).toBe(true);
    expect(['Encrypt', 'kms: Encrypt'].some((a) => pattern.test(a))).toBe(false);
  });

  it('put the hover text on the element it describes', () => {
    const schema = createPolicySchema({ kind: 'keyPolicy', actions: [], conditionKeys: [], descriptions: { Effect: 'Allow or Deny' } }) as Node & { properties: Record<string, { description?: string }> };
    expect((statementOf(schema).properties!.Effect as { description?: string }).description).toBe('Allow or Deny');
  });
});
