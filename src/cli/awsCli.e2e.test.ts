import { beforeAll, describe, expect, it } from 'vitest';
import { fromUtf8 } from '../shared/bytes.ts';
import { createHeadlessLab, type HeadlessLab } from '../headless.ts';

const KEY_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }],
});

let lab: HeadlessLab;
let keyId: string;

async function run(line: string) {
  const result = await lab.shell.run(line);
  return { stdout: fromUtf8(result.stdout), stderr: result.stderr, exitCode: result.exitCode };
}

beforeAll(async () => {
  lab = await createHeadlessLab({ 'keypolicy.json': KEY_POLICY, 'msg.txt': 'Hello, KMS Lab!' });
  const created = await run('aws kms create-key --policy file://keypolicy.json --tags TagKey=Name,TagValue=MyFirstKey');
  expect(created.exitCode).toBe(0);
  keyId = JSON.parse(created.stdout).KeyMetadata.KeyId;
});

describe("the sources' command lines, through the real SDK clients into the engine", () => {
  it('create-key with a policy file and tags prints the KeyMetadata and keeps the policy and tag', async () => {
    const described = JSON.parse((await run(`aws kms describe-key --key-id ${keyId}`)).stdout);
    expect(described.KeyMetadata).toMatchObject({ KeyId: keyId, KeyState: 'Enabled', AWSAccountId: '111122223333', Arn: `arn:aws:kms:us-east-1:111122223333:key/${keyId}` });
    expect(described.KeyMetadata.CreationDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?\+00:00$/);
    expect(JSON.parse((await run(`aws kms get-key-policy --key-id ${keyId} --policy-name default --query Policy --output text`)).stdout)).toEqual(JSON.parse(KEY_POLICY));
    // ListResourceTags has a paginator: CLI v2 merges the pages and prints no Truncated member.
    expect((await run(`aws kms list-resource-tags --key-id ${keyId} --output text`)).stdout).toBe('TAGS\tName\tMyFirstKey\n');
  });

  it('create-alias is silent, and list-aliases --key-id shows the alias', async () => {
    expect(await run(`aws kms create-alias --alias-name alias/myFirstKey --target-key-id ${keyId}`)).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    const aliases = JSON.parse((await run(`aws kms list-aliases --key-id ${keyId}`)).stdout);
    expect(aliases.Aliases).toMatchObject([{ AliasName: 'alias/myFirstKey', AliasArn: 'arn:aws:kms:us-east-1:111122223333:alias/myFirstKey', TargetKeyId: keyId }]);
  });

  it('encrypt … --query CiphertextBlob --output text, then decrypt … | base64 --decode gives the message back', async () => {
    const encrypted = await run('aws kms encrypt --key-id alias/myFirstKey --plaintext fileb://msg.txt --encryption-context purpose=test --query CiphertextBlob --output text');
    expect(encrypted.stdout).toMatch(/^[A-Za-z0-9+/]+=*\n$/);
    lab.workspace.write('ciphertext.b64', new TextEncoder().encode(encrypted.stdout));
    expect((await run('base64 --decode ciphertext.b64 > ciphertext.bin')).exitCode).toBe(0);
    const decrypted = await run('aws kms decrypt --ciphertext-blob fileb://ciphertext.bin --encryption-context purpose=test --query Plaintext --output text | base64 --decode');
    expect(decrypted).toEqual({ stdout: 'Hello, KMS Lab!', stderr: '', exitCode: 0 });
  });

  it('prints a service error as CLI v2 does and exits 254', async () => {
    const missing = 'arn:aws:kms:us-east-1:111122223333:key/00000000-0000-0000-0000-000000000000';
    const result = await run(`aws kms describe-key --key-id ${missing}`);
    expect(result.exitCode).toBe(254);
    expect(result.stderr).toMatch(/^\nAn error occurred \(NotFoundException\) when calling the DescribeKey operation: Key '.*' does not exist\n$/);
  });

  it('decrypting with the wrong encryption context is InvalidCiphertextException', async () => {
    const result = await run('aws kms decrypt --ciphertext-blob fileb://ciphertext.bin --encryption-context purpose=other');
    expect(result.stderr).toMatch(/^\nAn error occurred \(InvalidCiphertextException\) when calling the Decrypt operation: /);
  });

  it('leaves CloudTrail records whose userAgent is the CLI v2 one', () => {
    const records = lab.client.inspect().cloudtrail.events.filter((event) => event.eventName === 'CreateAlias');
    expect(records[0]?.userAgent).toMatch(/^aws-cli\/2\.\S+ .* command\/kms\.create-alias$/);
  });

  it('signs as the profile it is given and refuses a profile the account does not have', async () => {
    expect((await run('aws kms list-keys --profile Admin --query "length(Keys)"')).stdout).toBe('1\n');
    expect(await run('aws kms list-keys --profile nobody')).toEqual({ stdout: '', stderr: '\nThe config profile (nobody) could not be found\n', exitCode: 255 });
  });

  it('names an unknown service or operation as argparse does', async () => {
    const result = await run('aws kms describe-keys');
    expect(result.exitCode).toBe(252);
    expect(result.stderr).toContain('aws: error: argument operation: Invalid choice, valid choices are:\n\ncancel-key-deletion\n');
    expect((await run('aws ec3 list')).stderr).toContain('aws: error: argument command: Invalid choice');
  });

  it('summarises help from the models', async () => {
    expect((await run('aws kms help')).stdout).toContain('       o create-alias\n');
    const help = (await run('aws kms encrypt help')).stdout;
    expect(help).toContain('       --key-id <value>\n');
    expect(help).toContain('       [--encryption-context <value>]\n');
  });
});
