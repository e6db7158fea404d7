import { describe, expect, it } from 'vitest';
import { loadServiceModel } from '../client/serviceModels.ts';
import { utf8 } from '../shared/bytes.ts';
import { findOperation } from './argTable.ts';
import { CliError } from './cliErrors.ts';
import { kebabCase } from './kebabCase.ts';
import { parseOperationArgs } from './parseOperationArgs.ts';
import { createMemoryWorkspace } from './workspace.ts';

const kms = await loadServiceModel('kms');
const s3 = await loadServiceModel('s3');
const workspace = createMemoryWorkspace({ 'keypolicy.json': '{"Version":"2012-10-17"}', 'msg.txt': 'hello' });

function parse(operation: string, words: string[], binaryFormat: 'base64' | 'raw-in-base64-out' = 'base64') {
  const model = operation.startsWith('s3api:') ? s3 : kms;
  const op = findOperation(model, operation.replace('s3api:', ''));
  if (!op) throw new Error(`no operation ${operation}`);
  return { name: op.name, input: parseOperationArgs(op, words, { model, workspace, binaryFormat }) };
}

function failure(run: () => unknown): CliError {
  try {
    run();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected a CLI error');
}

describe('argv → operation + input', () => {
  it.each([
    ['GetKeyPolicy', 'get-key-policy'],
    ['ReEncrypt', 're-encrypt'],
    ['GenerateDataKeyWithoutPlaintext', 'generate-data-key-without-plaintext'],
    ['SSEKMSKeyId', 'ssekms-key-id'],
    ['CiphertextBlob', 'ciphertext-blob'],
    ['ListAMIs', 'list-amis'],
  ])('names %s as the CLI does: %s', (name, cliName) => {
    expect(kebabCase(name)).toBe(cliName);
  });

  it.each([
    ['create-key --policy file://keypolicy.json --tags TagKey=Name,TagValue=MyKey', 'CreateKey',
      { Policy: '{"Version":"2012-10-17"}', Tags: [{ TagKey: 'Name', TagValue: 'MyKey' }] }],
    ['create-key --tags TagKey=a,TagValue=b TagKey=c,TagValue=d', 'CreateKey',
      { Tags: [{ TagKey: 'a', TagValue: 'b' }, { TagKey: 'c', TagValue: 'd' }] }],
    ['create-key --tags [{"TagKey":"a","TagValue":"b"}]', 'CreateKey', { Tags: [{ TagKey: 'a', TagValue: 'b' }] }],
    ['create-alias --alias-name alias/myFirstKey --target-key-id 1234abcd', 'CreateAlias',
      { AliasName: 'alias/myFirstKey', TargetKeyId: '1234abcd' }],
    ['list-aliases --key-id 1234abcd', 'ListAliases', { KeyId: '1234abcd' }],
    ['schedule-key-deletion --key-id k --pending-window-in-days 7', 'ScheduleKeyDeletion', { KeyId: 'k', PendingWindowInDays: 7 }],
    ['create-key --bypass-policy-lockout-safety-check', 'CreateKey', { BypassPolicyLockoutSafetyCheck: true }],
    ['create-key --no-multi-region', 'CreateKey', { MultiRegion: false }],
    ['encrypt --key-id=alias/x --plaintext aGk= --grant-tokens t1 t2', 'Encrypt',
      { KeyId: 'alias/x', Plaintext: utf8('hi'), GrantTokens: ['t1', 't2'] }],
    ['encrypt --key-id k --plaintext fileb://msg.txt --encryption-context purpose=test,dept=x', 'Encrypt',
      { KeyId: 'k', Plaintext: utf8('hello'), EncryptionContext: { purpose: 'test', dept: 'x' } }],
    ['encrypt --key-id k --plaintext aGk= --encryption-context {"purpose":"test"}', 'Encrypt',
      { KeyId: 'k', Plaintext: utf8('hi'), EncryptionContext: { purpose: 'test' } }],
    ['s3api:put-bucket-encryption --bucket b --server-side-encryption-configuration Rules=[{ApplyServerSideEncryptionByDefault={SSEAlgorithm=aws:kms,KMSMasterKeyID=k},BucketKeyEnabled=true}]',
      'PutBucketEncryption', { Bucket: 'b', ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'k' }, BucketKeyEnabled: true }] } }],
  ])('%s', (line, name, input) => {
    const [operation, ...words] = line.split(' ');
    expect(parse(operation!, words)).toEqual({ name, input });
  });

  it('takes blobs as text with --cli-binary-format raw-in-base64-out', () => {
    expect(parse('encrypt', ['--key-id', 'k', '--plaintext', 'hi'], 'raw-in-base64-out').input.Plaintext).toEqual(utf8('hi'));
  });

  it('names every missing required option in argparse words, exit 252', () => {
    const error = failure(() => parse('encrypt', []));
    expect(error.exitCode).toBe(252);
    expect(error.stderr).toBe([
      '',
      'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]',
      'To see help text, you can run:',
      '',
      '  aws help',
      '  aws <command> help',
      '  aws <command> <subcommand> help',
      '',
      'aws: error: the following arguments are required: --key-id, --plaintext',
      '',
    ].join('\n'));
  });

  it('reports options the operation does not have as Unknown options', () => {
    const error = failure(() => parse('describe-key', ['--key-id', 'k', '--colour', 'blue']));
    expect(error.exitCode).toBe(252);
    expect(error.stderr.endsWith('\nUnknown options: --colour, blue\n\n')).toBe(true);
  });

  it('refuses a blob that is not base64, as CLI v2 does', () => {
    const error = failure(() => parse('encrypt', ['--key-id', 'k', '--plaintext', 'not base64!']));
    expect([error.exitCode, error.stderr]).toEqual([252, '\nInvalid base64: "not base64!"\n']);
  });

  it('says which paramfile it could not load', () => {
    const error = failure(() => parse('create-key', ['--policy', 'file://missing.json']));
    expect(error.stderr).toBe("\nError parsing parameter '--policy': Unable to load paramfile file://missing.json: [Errno 2] No such file or directory: 'missing.json'\n");
  });

  it('points at the place a shorthand value went wrong', () => {
    const error = failure(() => parse('create-key', ['--tags', 'TagKey']));
    expect(error.stderr).toBe("\nError parsing parameter '--tags': Expected: '=', received: 'EOF' for input:\nTagKey\n      ^\n");
  });

  it('asks for a value after an option that takes one', () => {
    expect(failure(() => parse('describe-key', ['--key-id'])).stderr).toContain('aws: error: argument --key-id: expected one argument');
  });
});
