/**
 * Differential test against @cloud-copilot/iam-simulate (AGPL: a devDependency used only here,
 * never in the app). fast-check generates identity policies and key policies (wildcard actions,
 * NotAction, resources, principals, condition operators with IfExists and set qualifiers) and a
 * request context; both engines judge the same kms request, and the agreement rate is printed.
 *
 * Every disagreement must be a documented gap of the oracle (../shared/notes/policy-engine.md):
 * - m1: a Deny with NotPrincipal that lists the account ARN exempts, in the oracle, every
 *   principal of the account; the IAM User Guide says it denies everyone not listed, so ours
 *   exempts only the principals named (here: the root user). It shows in both directions: ours
 *   applies such Deny statements (ExplicitDeny) and such Allow statements (Allow) to alice.
 * kms:EncryptionContext:<key> is not generated: the oracle's runSimulation drops those keys
 * (policy-engine.md d1/n1); they are covered by our JSON cases instead.
 */
import { runSimulation } from '@cloud-copilot/iam-simulate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAccess } from './evaluateAccess.ts';
import { parsePolicy } from './parsePolicy.ts';
import { contextOf } from './requestContext.ts';

const ACCOUNT = '111122223333';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const CALLER = `arn:aws:iam::${ACCOUNT}:user/alice`;
const ORACLE = { Allowed: 'Allow', ExplicitlyDenied: 'ExplicitDeny', ImplicitlyDenied: 'ImplicitDeny' } as const;

const actions = fc.constantFrom('kms:Decrypt', 'kms:Encrypt', 'kms:DescribeKey', 'kms:CreateGrant');
const actionPattern = fc.constantFrom('kms:*', '*', 'kms:Decrypt', 'kms:Enc*', 'kms:Describe?ey', 'kms:decrypt', 'kms:Create*', 'kms:GenerateDataKey*');
const resourcePattern = fc.constantFrom('*', KEY, `arn:aws:kms:us-east-1:${ACCOUNT}:key/*`, `arn:aws:kms:*:${ACCOUNT}:key/other`);

const conditionOf = fc.oneof(
  fc.record({ op: fc.constantFrom('StringEquals', 'StringNotEquals', 'StringLike', 'StringNotLike', 'StringEqualsIfExists', 'StringNotEqualsIfExists', 'StringEqualsIgnoreCase'), key: fc.constantFrom('kms:ViaService', 'aws:username', 'kms:CallerAccount'), values: fc.subarray(['s3.us-east-1.amazonaws.com', 'alice', 'ALICE', 'al*', ACCOUNT, 'ec2.*'], { minLength: 1 }) }),
  fc.record({ op: fc.constantFrom('Bool', 'BoolIfExists'), key: fc.constantFrom('aws:SecureTransport'), values: fc.subarray(['true', 'false'], { minLength: 1 }) }),
  fc.record({ op: fc.constantFrom('Null'), key: fc.constantFrom('kms:ViaService', 'aws:SourceIp'), values: fc.constantFrom(['true'], ['false']) }),
  fc.record({ op: fc.constantFrom('IpAddress', 'NotIpAddress'), key: fc.constantFrom('aws:SourceIp'), values: fc.subarray(['203.0.113.0/24', '198.51.100.7/32'], { minLength: 1 }) }),
  fc.record({ op: fc.constantFrom('NumericLessThan', 'NumericGreaterThanEquals', 'DateGreaterThan', 'DateLessThanEquals'), key: fc.constantFrom('aws:EpochTime'), values: fc.subarray(['1767225600', '1800000000'], { minLength: 1 }) }),
  fc.record({ op: fc.constantFrom('ArnLike', 'ArnNotEquals'), key: fc.constantFrom('aws:PrincipalArn'), values: fc.subarray([CALLER, `arn:aws:iam::${ACCOUNT}:user/*`, 'arn:aws:iam::*:role/*'], { minLength: 1 }) }),
);

const statementOf = (withPrincipal: boolean) =>
  fc.record({
    effect: fc.constantFrom('Allow', 'Allow', 'Deny'),
    notAction: fc.boolean(),
    actions: fc.subarray(['x'], { minLength: 0 }).chain(() => fc.array(actionPattern, { minLength: 1, maxLength: 2 })),
    resource: resourcePattern,
    condition: fc.option(conditionOf, { nil: undefined }),
    notPrincipal: withPrincipal ? fc.constantFrom(false, false, false, true) : fc.constant(false),
    principal: withPrincipal ? fc.constantFrom<unknown>({ AWS: `arn:aws:iam::${ACCOUNT}:root` }, { AWS: ACCOUNT }, { AWS: CALLER }, '*', { AWS: `arn:aws:iam::${ACCOUNT}:user/bob` }) : fc.constant(undefined),
  }).map((s) => ({
    Effect: s.effect,
    ...(s.notPrincipal ? { NotPrincipal: { AWS: [`arn:aws:iam::${ACCOUNT}:user/bob`, `arn:aws:iam::${ACCOUNT}:root`] } } : s.principal !== undefined ? { Principal: s.principal } : {}),
    [s.notAction ? 'NotAction' : 'Action']: s.actions,
    Resource: s.resource,
    ...(s.condition ? { Condition: { [s.condition.op]: { [s.condition.key]: s.condition.values } } } : {}),
  }));

const policyOf = (withPrincipal: boolean) => fc.array(statementOf(withPrincipal), { minLength: 1, maxLength: 3 }).map((Statement) => ({ Version: '2012-10-17', Statement }));

const contextArb = fc.record({
  'kms:ViaService': fc.option(fc.constantFrom('s3.us-east-1.amazonaws.com', 'ec2.us-east-1.amazonaws.com'), { nil: undefined }),
  'aws:SourceIp': fc.option(fc.constantFrom('203.0.113.9', '198.51.100.7'), { nil: undefined }),
  'aws:SecureTransport': fc.constantFrom('true', 'false'),
});

function ours(action: string, identity: object[], keyPolicy: object, context: Record<string, string>) {
  const parse = (p: object, kind: 'identity' | 'resource') => {
    const r = parsePolicy(JSON.stringify(p), kind);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  };
  return evaluateAccess({
    request: { principal: { type: 'IAMUser', arn: CALLER, accountId: ACCOUNT }, action, resource: KEY, context: contextOf(context) },
    identityPolicies: identity.map((p, i) => ({ name: `p${i}`, document: parse(p, 'identity') })),
    resourcePolicy: { name: 'key policy', document: parse(keyPolicy, 'resource') },
    resourceAccount: ACCOUNT,
    mode: 'resourceMustAllow',
  }).decision;
}

async function oracle(action: string, identity: object[], keyPolicy: object, context: Record<string, string>) {
  const result = await runSimulation({
    request: { principal: CALLER, action, resource: { resource: KEY, accountId: ACCOUNT }, contextVariables: context },
    identityPolicies: identity.map((policy, i) => ({ name: `p${i}`, policy })),
    resourcePolicy: keyPolicy,
    serviceControlPolicies: [],
    resourceControlPolicies: [],
  }, {});
  if (result.resultType !== 'single') throw new Error(`oracle: ${JSON.stringify(result)}`);
  return ORACLE[result.overallResult as keyof typeof ORACLE];
}

/** policy-engine.md m1: the oracle lets an account ARN in NotPrincipal exempt everyone in the account. */
const isDocumentedGap = (keyPolicy: { Statement: Record<string, unknown>[] }) => keyPolicy.Statement.some((s) => 'NotPrincipal' in s);

describe('differential test against @cloud-copilot/iam-simulate', () => {
  it('agrees with the oracle on generated policies, except where the oracle has a documented gap', async () => {
    const samples = fc.sample(fc.record({ action: actions, identity: fc.array(policyOf(false), { maxLength: 2 }), keyPolicy: policyOf(true), context: contextArb }), { numRuns: 300, seed: 20261127 });
    let agreed = 0;
    let gaps = 0;
    const unexplained: string[] = [];
    for (const s of samples) {
      const context: Record<string, string> = { 'aws:username': 'alice', 'aws:PrincipalArn': CALLER, 'kms:CallerAccount': ACCOUNT, 'aws:EpochTime': '1790000000' };
      for (const [k, v] of Object.entries(s.context)) if (v !== undefined) context[k] = v;
      const mine = ours(s.action, s.identity, s.keyPolicy, context);
      const theirs = await oracle(s.action, s.identity, s.keyPolicy, context);
      if (mine === theirs) agreed++;
      // m1 cuts both ways: the oracle exempts alice from NotPrincipal Deny *and* Allow statements.
      else if (isDocumentedGap(s.keyPolicy)) gaps++;
      else unexplained.push(JSON.stringify({ ...s, context, mine, theirs }));
    }
    console.log(`iam-simulate agreement: ${agreed}/${samples.length} (${((100 * agreed) / samples.length).toFixed(1)}%); ${gaps} disagreements on NotPrincipal with the account ARN (the oracle's gap m1)`);
    expect(unexplained.slice(0, 3)).toEqual([]);
  });
});
