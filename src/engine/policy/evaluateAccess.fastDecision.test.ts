/**
 * evaluateAccess decides from bare statement verdicts and explains only when asked; these
 * properties prove the shortcut changes nothing: on random policies and requests (every
 * principal kind, every mode, Not… elements, policy variables, set qualifiers, missing keys,
 * unknown operators, grants), its decision and reason equal the verdict read from the full
 * explanation, and each statement's bare verdict equals its explained one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccessInput } from './accessRules.ts';
import { evaluateAccess } from './evaluateAccess.ts';
import { evaluateStatement, statementVerdict } from './evaluateStatement.ts';
import { explainPolicies, explainedVerdict } from './explainAccess.ts';
import type { PolicyDocument, PolicyStatement, PrincipalBlock } from './policyDocument.ts';
import { contextOf, type RequestPrincipal } from './requestContext.ts';

const HOME = '111122223333';
const OTHER = '444455556666';
const KEY = `arn:aws:kms:us-east-1:${HOME}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

const principals: fc.Arbitrary<RequestPrincipal> = fc.constantFrom<RequestPrincipal>(
  { type: 'IAMUser', arn: `arn:aws:iam::${HOME}:user/alice`, accountId: HOME },
  { type: 'IAMUser', arn: `arn:aws:iam::${OTHER}:user/carol`, accountId: OTHER },
  { type: 'Root', arn: `arn:aws:iam::${HOME}:root`, accountId: HOME },
  { type: 'AssumedRole', arn: `arn:aws:sts::${HOME}:assumed-role/Admin/s1`, accountId: HOME, roleArn: `arn:aws:iam::${HOME}:role/Admin` },
  { type: 'AWSService', arn: 'arn:aws:iam::aws:service/s3', accountId: HOME, service: 's3.amazonaws.com' },
  { type: 'Anonymous', arn: '*', accountId: '' },
);

const awsValues = ['*', HOME, OTHER, `arn:aws:iam::${HOME}:root`, `arn:aws:iam::${OTHER}:root`, `arn:aws:iam::${HOME}:user/alice`, `arn:aws:iam::${HOME}:role/Admin`, `arn:aws:sts::${HOME}:assumed-role/Admin/s1`];
const block: fc.Arbitrary<PrincipalBlock> = fc.oneof(
  fc.constant({ anyone: true as const }),
  fc.record({ anyone: fc.constant(false as const), AWS: fc.subarray(awsValues), Service: fc.subarray(['s3.amazonaws.com', 'ec2.amazonaws.com']), Federated: fc.constant([]), CanonicalUser: fc.constant([]) }),
);

const element = (patterns: string[]) => fc.record({ negated: fc.boolean(), patterns: fc.subarray(patterns, { minLength: 1 }) });
const actions = element(['*', 'kms:*', 'kms:Encrypt', 'kms:decrypt', 'kms:Enc*', 'kms:Describe?ey', 's3:GetObject', 'kms:Create*']);
const resources = element(['*', KEY, `arn:aws:kms:*:${HOME}:key/*`, `arn:aws:kms:us-east-1:${OTHER}:key/*`, 'arn:aws:s3:::bucket/${aws:username}/*', 'arn:aws:kms:us-east-1:${aws:PrincipalAccount}:key/*', '${kms:Missing, \'*\'}']);

const condition = fc.record({
  base: fc.constantFrom('StringEquals', 'StringNotEquals', 'StringLike', 'StringNotLike', 'StringEqualsIgnoreCase', 'Bool', 'Null', 'IpAddress', 'NotIpAddress', 'NumericLessThan', 'DateGreaterThan', 'ArnLike', 'ArnNotEquals', 'NoSuchOperator'),
  qualifier: fc.constantFrom(undefined, 'ForAnyValue' as const, 'ForAllValues' as const),
  ifExists: fc.boolean(),
  key: fc.constantFrom('kms:ViaService', 'aws:username', 'aws:SourceIp', 'aws:SecureTransport', 'aws:EpochTime', 'aws:PrincipalArn', 'kms:ResourceAliases', 'kms:EncryptionContext:Dept', 'aws:PrincipalTag/team'),
  values: fc.subarray(['s3.us-east-1.amazonaws.com', 'alice', 'ALICE', 'al*', '${aws:username}', 'true', 'false', '203.0.113.0/24', '1800000000', `arn:aws:iam::${HOME}:user/*`, 'alias/app*', 'finance'], { minLength: 1 }),
}).map(({ base, qualifier, ifExists, key, values }) => ({
  operator: `${qualifier ? `${qualifier}:` : ''}${base}${ifExists ? 'IfExists' : ''}`,
  baseOperator: base,
  ...(qualifier ? { qualifier } : {}),
  ifExists,
  key,
  values,
}));

const statement = (withPrincipal: boolean, index: number): fc.Arbitrary<PolicyStatement> =>
  fc.record({
    sid: fc.option(fc.constantFrom('A', 'B', 'Enable IAM User Permissions'), { nil: undefined }),
    effect: fc.constantFrom('Allow' as const, 'Allow' as const, 'Deny' as const),
    principal: withPrincipal ? fc.option(fc.record({ negated: fc.boolean(), block }), { nil: undefined }) : fc.constant(undefined),
    action: actions,
    resource: fc.option(resources, { nil: undefined }),
    conditions: fc.array(condition, { maxLength: 2 }),
  }).map(({ sid, principal, resource, ...rest }) => ({ id: sid ?? String(index + 1), ...(sid ? { sid } : {}), ...(principal ? { principal } : {}), ...(resource ? { resource } : {}), ...rest }));

const document = (withPrincipal: boolean): fc.Arbitrary<PolicyDocument> =>
  fc.integer({ min: 0, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => statement(withPrincipal, i)))).map((statements) => ({ statements }));

const context = fc.record({
  'kms:ViaService': fc.option(fc.constantFrom('s3.us-east-1.amazonaws.com', 'ec2.us-east-1.amazonaws.com'), { nil: undefined }),
  'aws:username': fc.option(fc.constantFrom('alice', 'al*ce'), { nil: undefined }),
  'aws:SourceIp': fc.option(fc.constantFrom('203.0.113.9', '198.51.100.7'), { nil: undefined }),
  'aws:SecureTransport': fc.option(fc.constantFrom('true', 'false'), { nil: undefined }),
  'aws:EpochTime': fc.constant('1790000000'),
  'aws:PrincipalArn': fc.option(fc.constantFrom(`arn:aws:iam::${HOME}:user/alice`, `arn:aws:iam::${HOME}:role/Admin`), { nil: undefined }),
  'aws:PrincipalAccount': fc.option(fc.constantFrom(HOME, OTHER), { nil: undefined }),
  'kms:ResourceAliases': fc.option(fc.subarray(['alias/app1', 'alias/other']), { nil: undefined }),
  'kms:EncryptionContext:Dept': fc.option(fc.constantFrom('finance', 'Finance'), { nil: undefined }),
});

const grant = { grantId: 'g-1', operations: ['Encrypt'], detail: 'the grantee may Encrypt' };

const inputs: fc.Arbitrary<AccessInput> = fc.record({
  principal: principals,
  action: fc.constantFrom('kms:Encrypt', 'kms:Decrypt', 'kms:CreateKey', 's3:GetObject'),
  resource: fc.constantFrom(KEY, '*', 'arn:aws:s3:::bucket/alice/x'),
  context,
  identity: fc.array(document(false), { maxLength: 3 }),
  resourcePolicy: fc.option(document(true), { nil: undefined }),
  resourceAccount: fc.constantFrom(HOME, OTHER),
  mode: fc.constantFrom('resourceMustAllow' as const, 'identityOnly' as const, 'standard' as const),
  grants: fc.constantFrom('none', 'no match', 'match'),
}).map((g) => ({
  request: { principal: g.principal, action: g.action, resource: g.resource, context: contextOf(g.context) },
  identityPolicies: g.identity.map((document, i) => ({ name: `p${i}`, ...(i % 2 ? { arn: `arn:aws:iam::${HOME}:policy/p${i}` } : {}), document })),
  ...(g.resourcePolicy ? { resourcePolicy: { name: 'key policy', document: g.resourcePolicy } } : {}),
  resourceAccount: g.resourceAccount,
  mode: g.mode,
  ...(g.grants === 'none' ? {} : { findGrant: () => (g.grants === 'match' ? grant : undefined) }),
}));

describe('evaluateAccess decides without explaining', () => {
  it('reaches the same decision and reason as the full explanation, on random policies and requests', () => {
    fc.assert(fc.property(inputs, (input) => {
      const decision = evaluateAccess(input);
      const [verdict, reason] = explainedVerdict(input, explainPolicies(input));
      expect({ decision: decision.decision, reason: decision.explanation.reason }).toEqual({ decision: verdict, reason });
    }), { numRuns: 3000, seed: 20260502 });
  });

  it('gives each statement the verdict its explanation shows: applies, and at which principal level', () => {
    fc.assert(fc.property(inputs, (input) => {
      for (const policy of [...input.identityPolicies, ...(input.resourcePolicy ? [input.resourcePolicy] : [])]) {
        for (const s of policy.document.statements) {
          const explained = evaluateStatement(s, input.request);
          const expected = explained.applies ? (explained.principal?.level ?? 'none') : undefined;
          expect(statementVerdict(s, input.request)).toBe(expected);
        }
      }
    }), { numRuns: 1000, seed: 20260503 });
  });

  it('explains on first read every policy that counts, as plain data that survives JSON and structured clone', () => {
    fc.assert(fc.property(inputs, (input) => {
      const { explanation } = evaluateAccess(input);
      expect(explanation.policies).toEqual(explainPolicies(input));
      expect(explanation.policies).toBe(explanation.policies);
      expect(explanation.context).toEqual(Object.fromEntries(input.request.context));
      expect(JSON.parse(JSON.stringify(explanation))).toEqual(structuredClone(explanation));
      expect(Object.keys(structuredClone(explanation))).toEqual(['principal', 'action', 'resource', 'context', 'policies', 'reason']);
    }), { numRuns: 300, seed: 20260504 });
  });
});
