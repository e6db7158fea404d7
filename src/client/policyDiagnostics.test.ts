import { describe, expect, it } from 'vitest';
import { checkPolicyText } from './policyDiagnostics.ts';

const policy = (statement: unknown) => JSON.stringify({ Version: '2012-10-17', Statement: statement });
const ROOT = { AWS: 'arn:aws:iam::111122223333:root' };

describe('checkPolicyText', () => {
  it('accepts the default key policy', () => {
    expect(checkPolicyText(policy([{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: ROOT, Action: 'kms:*', Resource: '*' }]), 'keyPolicy')).toEqual([]);
  });

  it('answers an invalid principal in a key policy in KMS\'s words, with the path to it', () => {
    const [problem, ...rest] = checkPolicyText(policy([{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:user/*' }, Action: 'kms:*', Resource: '*' }]), 'keyPolicy');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      code: 'invalidPrincipal', path: 'Statement[0].Principal.AWS',
      errorCode: 'MalformedPolicyDocumentException', message: 'Policy contains a statement with one or more invalid principals.',
    });
  });

  it('says an IAM policy may not name a principal, as IAM does', () => {
    const [problem] = checkPolicyText(policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }), 'iamPolicy');
    expect(problem).toMatchObject({ errorCode: 'MalformedPolicyDocument', message: 'Policy document should not specify a principal.' });
  });

  it('requires Resource in a bucket policy but not in a key policy', () => {
    const statement = [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject' }];
    expect(checkPolicyText(policy(statement), 'keyPolicy')).toEqual([]);
    expect(checkPolicyText(policy(statement), 'bucketPolicy')).toEqual([
      { code: 'missingResource', path: 'Statement[0]', detail: 'Resource or NotResource', errorCode: 'MalformedPolicy', message: 'Missing required field Resource' },
    ]);
  });

  it('reports every problem, not only the first one the service would answer with', () => {
    const problems = checkPolicyText(policy([{ Effect: 'Maybe', Principal: ROOT, Action: 'kms:*' }, { Effect: 'Allow', Principal: ROOT }]), 'keyPolicy');
    expect(problems.map((p) => [p.code, p.path])).toEqual([['badEffect', 'Statement[0].Effect'], ['missingAction', 'Statement[1]']]);
  });

  it('answers text that is not JSON for the whole document', () => {
    expect(checkPolicyText('{"Version": ', 'bucketPolicy')).toMatchObject([{ code: 'notJson', path: '', message: "Policies must be valid JSON and the first byte must be '{'" }]);
  });
});
