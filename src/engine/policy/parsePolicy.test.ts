import { describe, expect, it } from 'vitest';
import { parsePolicy } from './parsePolicy.ts';
import { iamProblemMessage, kmsProblemMessage } from './policyProblem.ts';

const problemsOf = (document: unknown, kind: 'identity' | 'resource' = 'resource') => {
  const result = parsePolicy(typeof document === 'string' ? document : JSON.stringify(document), kind);
  return result.ok ? [] : result.error;
};

describe('parsePolicy', () => {
  it('reads single values as lists and keeps Sids, or numbers statements from 1', () => {
    const result = parsePolicy(JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Encrypt', Resource: '*' }, { Sid: 'Two', Effect: 'Deny', Principal: { AWS: '111122223333' }, NotAction: ['kms:Decrypt'], Resource: '*' }] }), 'resource');
    expect(result.ok && result.value.statements.map((s) => [s.id, s.action])).toEqual([
      ['1', { negated: false, patterns: ['kms:Encrypt'] }],
      ['Two', { negated: true, patterns: ['kms:Decrypt'] }],
    ]);
  });

  it('splits condition operators into qualifier, operator and IfExists, and reads values as strings', () => {
    const result = parsePolicy(JSON.stringify({ Statement: { Effect: 'Allow', Action: '*', Resource: '*', Condition: { 'ForAllValues:StringEqualsIfExists': { 'kms:EncryptionContextKeys': ['a'] }, Bool: { 'aws:SecureTransport': true } } } }), 'identity');
    expect(result.ok && result.value.statements[0]?.conditions).toEqual([
      { operator: 'ForAllValues:StringEqualsIfExists', baseOperator: 'StringEquals', qualifier: 'ForAllValues', ifExists: true, key: 'kms:EncryptionContextKeys', values: ['a'] },
      { operator: 'Bool', baseOperator: 'Bool', ifExists: false, key: 'aws:SecureTransport', values: ['true'] },
    ]);
  });

  it('answers text that is not JSON with IAM\'s syntax error and KMS\'s empty message', () => {
    const [problem] = problemsOf('{not json');
    expect(problem && [problem.code, iamProblemMessage(problem), kmsProblemMessage(problem)]).toEqual(['notJson', 'Syntax errors in policy.', '']);
  });

  it('refuses a principal in an identity policy with IAM\'s message', () => {
    const [problem] = problemsOf({ Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] }, 'identity');
    expect(problem && iamProblemMessage(problem)).toBe('Policy document should not specify a principal.');
  });

  it('refuses invalid principals in a key policy with KMS\'s message', () => {
    for (const principal of [{ AWS: 'arn:aws:iam::111122223333:user/*' }, { AWS: 'bob' }, { Nobody: 'x' }, 'everyone']) {
      const [problem] = problemsOf({ Statement: [{ Effect: 'Allow', Principal: principal, Action: 'kms:*', Resource: '*' }] });
      expect(problem && kmsProblemMessage(problem)).toBe('Policy contains a statement with one or more invalid principals.');
    }
  });

  it('lists every problem with the path to its element', () => {
    const problems = problemsOf({ Statement: [{ Effect: 'Maybe', Principal: '*', Action: 'kms:*', NotAction: 'kms:Decrypt' }, { Effect: 'Allow', Principal: '*', Action: 'kms:*', Condition: { StringSounds: { a: 'b' } } }] });
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['badEffect', 'Statement[0].Effect'],
      ['conflictingElements', 'Statement[0]'],
      ['badCondition', 'Statement[1].Condition.StringSounds'],
    ]);
  });

  it('needs at least one statement, and Resource in identity policies', () => {
    expect(problemsOf({ Version: '2012-10-17' }).map((p) => p.code)).toEqual(['noStatement']);
    expect(problemsOf({ Statement: [{ Effect: 'Allow', Action: '*' }] }, 'identity').map((p) => p.code)).toEqual(['missingResource']);
  });
});
