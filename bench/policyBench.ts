/**
 * Policy evaluations per second (ISSUE 3 target: ≥ 50,000/s): kms:Decrypt by a user with three
 * identity policies (AdministratorAccess, AmazonS3FullAccess and an inline policy with a
 * kms:ViaService condition) against the default key policy, through the same evaluateAccess
 * the engine uses. Policies are parsed once, as parsedPolicy does for the engine.
 */
import { evaluateAccess, type AccessInput } from '../src/engine/policy/evaluateAccess.ts';
import { parsePolicy, type PolicyKind } from '../src/engine/policy/parsePolicy.ts';
import { contextOf } from '../src/engine/policy/requestContext.ts';

const ACCOUNT = '111122223333';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

function parsed(document: object, kind: PolicyKind) {
  const result = parsePolicy(JSON.stringify(document), kind);
  if (!result.ok) throw new Error('bench policy does not parse');
  return result.value;
}

const statementsOf = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });

export function policyBenchInput(): AccessInput {
  return {
    request: {
      principal: { type: 'IAMUser', arn: `arn:aws:iam::${ACCOUNT}:user/writer`, accountId: ACCOUNT },
      action: 'kms:Decrypt',
      resource: KEY,
      context: contextOf({
        'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:user/writer`, 'aws:username': 'writer', 'kms:CallerAccount': ACCOUNT,
        'kms:ViaService': 's3.us-east-1.amazonaws.com', 'kms:EncryptionContext:aws:s3:arn': 'arn:aws:s3:::lab-bucket/report.csv',
        'kms:EncryptionContextKeys': ['aws:s3:arn'],
      }),
    },
    identityPolicies: [
      { name: 'AmazonS3FullAccess', document: parsed(statementsOf({ Effect: 'Allow', Action: ['s3:*', 's3-object-lambda:*'], Resource: '*' }), 'identity') },
      { name: 'DecryptViaS3', document: parsed(statementsOf({ Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: KEY, Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } }), 'identity') },
      { name: 'AdministratorAccess', document: parsed(statementsOf({ Effect: 'Allow', Action: '*', Resource: '*' }), 'identity') },
    ],
    resourcePolicy: { name: 'key policy', document: parsed(statementsOf({ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }), 'resource') },
    resourceAccount: ACCOUNT,
    mode: 'resourceMustAllow',
  };
}

/** Evaluations per second over `seconds`, after a short warm-up. */
export function policyEvaluationsPerSecond(seconds: number): number {
  const input = policyBenchInput();
  for (let i = 0; i < 5000; i++) evaluateAccess(input);
  let count = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 500; i++) evaluateAccess(input);
    count += 500;
  }
  return count / ((performance.now() - start) / 1000);
}

export function reportPolicyBench(seconds: number): void {
  const rate = policyEvaluationsPerSecond(seconds);
  const met = rate >= 50_000 ? 'met' : 'NOT MET';
  console.log(`\nPolicy evaluations (default key policy + 3 identity policies): ${Math.round(rate).toLocaleString('en-US')}/s   target ≥ 50,000/s: ${met}`);
}
