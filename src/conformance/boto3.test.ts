/**
 * boto3 against `npm run endpoint`: the same journey as the CLI test, from Python, where
 * botocore raises ClientError with AWS's code and message read from the response body.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, REGION } from './kmsTransports.ts';
import { startEndpoint, type RunningEndpoint } from './spawnEndpoint.ts';
import { hasBoto3 } from './installedTools.ts';

if (!hasBoto3) console.warn('boto3.test.ts: skipped because python3 with boto3 is not installed on this machine.');

/** Prelude for every script: a KMS client for the endpoint, and errors printed as botocore sees them. */
const PRELUDE = `
import base64, json, os, sys, boto3, botocore.exceptions
kms = boto3.client('kms', endpoint_url=os.environ['ENDPOINT'], region_name='${REGION}',
                   aws_access_key_id='${ADMIN.accessKeyId}', aws_secret_access_key=os.environ['SECRET'])
def error_of(call):
    try:
        call()
    except botocore.exceptions.ClientError as e:
        return {'code': e.response['Error']['Code'], 'message': e.response['Error']['Message'],
                'status': e.response['ResponseMetadata']['HTTPStatusCode'], 'requestId': e.response['ResponseMetadata']['RequestId']}
    return None
`;

describe('boto3 against the loopback endpoint', () => {
  let endpoint: RunningEndpoint | undefined;
  beforeAll(async () => {
    if (hasBoto3) endpoint = await startEndpoint();
  });
  afterAll(async () => {
    await endpoint?.stop();
  });

  function python(script: string, secret = ADMIN.secretAccessKey): Record<string, unknown> {
    const env = { ...process.env, ENDPOINT: endpoint!.url, SECRET: secret, AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null' };
    const result = spawnSync('python3', ['-c', PRELUDE + script], { env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`python failed (${result.status}): ${result.stderr}`);
    return JSON.parse(result.stdout) as Record<string, unknown>;
  }

  it.skipIf(!hasBoto3)('creates a key and an alias, encrypts and decrypts under an encryption context', () => {
    const result = python(`
key = kms.create_key(Description='boto3 key')['KeyMetadata']
kms.create_alias(AliasName='alias/boto3-lab', TargetKeyId=key['KeyId'])
blob = kms.encrypt(KeyId='alias/boto3-lab', Plaintext=b'\\x00boto3 bytes\\xff', EncryptionContext={'purpose': 'lab'})['CiphertextBlob']
out = kms.decrypt(CiphertextBlob=blob, EncryptionContext={'purpose': 'lab'})
aliases = [a['AliasName'] for a in kms.list_aliases(KeyId=key['KeyId'])['Aliases']]
print(json.dumps({'state': key['KeyState'], 'arn': key['Arn'], 'keyId': out['KeyId'], 'aliases': aliases,
                  'plaintext': base64.b64encode(out['Plaintext']).decode(),
                  'wrongContext': error_of(lambda: kms.decrypt(CiphertextBlob=blob, EncryptionContext={'purpose': 'other'}))}))
`);
    expect(result).toMatchObject({ state: 'Enabled', keyId: result.arn, aliases: ['alias/boto3-lab'] });
    expect(Buffer.from(result.plaintext as string, 'base64')).toEqual(Buffer.from('\x00boto3 bytes\xff', 'latin1'));
    expect(result.wrongContext).toMatchObject({ code: 'InvalidCiphertextException', message: '', status: 400 });
  });

  it.skipIf(!hasBoto3)('schedules a key for deletion and then refuses to use it', () => {
    const result = python(`
key_id = kms.create_key()['KeyMetadata']['KeyId']
scheduled = kms.schedule_key_deletion(KeyId=key_id, PendingWindowInDays=7)
print(json.dumps({'arn': scheduled['KeyId'], 'state': scheduled['KeyState'], 'window': scheduled['PendingWindowInDays'],
                  'encrypt': error_of(lambda: kms.encrypt(KeyId=key_id, Plaintext=b'x'))}))
`);
    expect(result).toMatchObject({ state: 'PendingDeletion', window: 7 });
    expect(result.encrypt).toMatchObject({ code: 'KMSInvalidStateException', message: `${String(result.arn)} is pending deletion.`, status: 400 });
  });

  it.skipIf(!hasBoto3)('answers a wrong secret with InvalidSignatureException and a request id', () => {
    const result = python(`print(json.dumps({'error': error_of(lambda: kms.list_keys())}))`, 'not-the-secret');
    expect(result.error).toMatchObject({
      code: 'InvalidSignatureException',
      message: 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
      status: 400,
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });
});
