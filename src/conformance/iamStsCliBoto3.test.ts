/**
 * IAM and STS from the AWS CLI and boto3 against `npm run endpoint`: botocore's query
 * protocol reads our XML, decodes URL-encoded policy documents, and prints IAM's errors with
 * their codes. Skipped, with a message, only where the tool is not installed.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT, ADMIN, REGION } from './kmsTransports.ts';
import { startEndpoint, type RunningEndpoint } from './spawnEndpoint.ts';
import { ADMIN_CLI_ENV, hasAws, hasBoto3 } from './installedTools.ts';

if (!hasAws) console.warn('iamStsCliBoto3.test.ts: CLI cases skipped because the AWS CLI (`aws`) is not installed on this machine.');
if (!hasBoto3) console.warn('iamStsCliBoto3.test.ts: boto3 cases skipped because python3 with boto3 is not installed on this machine.');

const ENV = ADMIN_CLI_ENV;

const PRELUDE = `
import json, os, boto3, botocore.exceptions
def client(name, **creds):
    creds = creds or {'aws_access_key_id': '${ADMIN.accessKeyId}', 'aws_secret_access_key': '${ADMIN.secretAccessKey}'}
    return boto3.client(name, endpoint_url=os.environ['ENDPOINT'], region_name='${REGION}', **creds)
def error_of(call):
    try:
        call()
    except botocore.exceptions.ClientError as e:
        return {'code': e.response['Error']['Code'], 'message': e.response['Error']['Message'], 'status': e.response['ResponseMetadata']['HTTPStatusCode']}
    return None
`;

describe('IAM and STS from the AWS CLI and boto3 against the loopback endpoint', () => {
  let endpoint: RunningEndpoint | undefined;
  beforeAll(async () => {
    if (hasAws || hasBoto3) endpoint = await startEndpoint();
  });
  afterAll(async () => {
    await endpoint?.stop();
  });

  const aws = (args: string[]) => spawnSync('aws', ['--endpoint-url', endpoint!.url, ...args], { env: ENV, encoding: 'utf8' });

  function python(script: string): Record<string, unknown> {
    const result = spawnSync('python3', ['-c', PRELUDE + script], { env: { ...ENV, ENDPOINT: endpoint!.url }, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`python failed (${result.status}): ${result.stderr}`);
    return JSON.parse(result.stdout) as Record<string, unknown>;
  }

  it.skipIf(!hasAws)('aws sts get-caller-identity names the Admin user', () => {
    const result = aws(['sts', 'get-caller-identity']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/Admin` });
  });

  it.skipIf(!hasAws)('aws iam get-user for an unknown user prints IAM\'s error line and exits 255', () => {
    const result = aws(['iam', 'get-user', '--user-name', 'nobody']);
    expect(result.status).toBe(255);
    expect(result.stderr.trim()).toBe('An error occurred (NoSuchEntity) when calling the GetUser operation: The user with name nobody cannot be found.');
  });

  it.skipIf(!hasAws)('aws iam create-user with tags, then list-users shows it', () => {
    expect(aws(['iam', 'create-user', '--user-name', 'cli-user', '--tags', 'Key=team,Value=lab']).status).toBe(0);
    const listed = JSON.parse(aws(['iam', 'list-users']).stdout) as { Users: { UserName: string }[] };
    expect(listed.Users.map((u) => u.UserName)).toContain('cli-user');
  });

  it.skipIf(!hasBoto3)('boto3 creates a user and key, the key authenticates, a role is assumed and KMS answers the session', () => {
    const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' }] });
    const result = python(`
iam = client('iam')
iam.create_user(UserName='py-user')
key = iam.create_access_key(UserName='py-user')['AccessKey']
me = client('sts', aws_access_key_id=key['AccessKeyId'], aws_secret_access_key=key['SecretAccessKey']).get_caller_identity()
iam.create_role(RoleName='PyRole', AssumeRolePolicyDocument=${JSON.stringify(trust)})
iam.attach_role_policy(RoleName='PyRole', PolicyArn='arn:aws:iam::aws:policy/AWSKeyManagementServicePowerUser')
role = iam.get_role(RoleName='PyRole')['Role']
creds = client('sts').assume_role(RoleArn=role['Arn'], RoleSessionName='py-session')['Credentials']
kms = client('kms', aws_access_key_id=creds['AccessKeyId'], aws_secret_access_key=creds['SecretAccessKey'], aws_session_token=creds['SessionToken'])
print(json.dumps({'arn': me['Arn'], 'trust': role['AssumeRolePolicyDocument'], 'keys': len(kms.list_keys()['Keys']),
                  'missing': error_of(lambda: iam.get_role(RoleName='Nope')),
                  'third': error_of(lambda: [iam.create_access_key(UserName='py-user') for _ in range(2)])}))
`);
    expect(result).toMatchObject({ arn: `arn:aws:iam::${ACCOUNT}:user/py-user`, keys: 0, trust: JSON.parse(trust) });
    expect(result.missing).toEqual({ code: 'NoSuchEntity', message: 'The role with name Nope cannot be found.', status: 404 });
    expect(result.third).toEqual({ code: 'LimitExceeded', message: 'Cannot exceed quota for AccessKeysPerUser: 2', status: 409 });
  });

  it.skipIf(!hasAws)('aws iam list-policy-versions shows a new default version first, and delete-policy-version refuses the default', () => {
    const doc = (action: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });
    const created = JSON.parse(aws(['iam', 'create-policy', '--policy-name', 'CliVersions', '--policy-document', doc('kms:ListKeys')]).stdout) as { Policy: { Arn: string } };
    const arn = created.Policy.Arn;
    expect(aws(['iam', 'create-policy-version', '--policy-arn', arn, '--policy-document', doc('kms:ListAliases'), '--set-as-default']).status).toBe(0);
    const listed = JSON.parse(aws(['iam', 'list-policy-versions', '--policy-arn', arn]).stdout) as { Versions: { VersionId: string; IsDefaultVersion: boolean }[] };
    expect(listed.Versions.map((v) => [v.VersionId, v.IsDefaultVersion])).toEqual([['v2', true], ['v1', false]]);
    const refused = aws(['iam', 'delete-policy-version', '--policy-arn', arn, '--version-id', 'v2']);
    expect(refused.status).toBe(255);
    expect(refused.stderr.trim()).toBe('An error occurred (DeleteConflict) when calling the DeletePolicyVersion operation: Cannot delete the default version of a policy.');
    expect(aws(['iam', 'set-default-policy-version', '--policy-arn', arn, '--version-id', 'v1']).status).toBe(0);
    expect(aws(['iam', 'delete-policy-version', '--policy-arn', arn, '--version-id', 'v2']).status).toBe(0);
  });
});

