import { describe, expect, it } from 'vitest';
import { evaluateCondition } from './evaluateCondition.ts';
import { splitOperator } from './parseConditionBlock.ts';
import { contextOf, type ContextValue } from './requestContext.ts';

const principal = { type: 'IAMUser', arn: 'arn:aws:iam::111122223333:user/alice', accountId: '111122223333' } as const;

function check(operator: string, key: string, values: string[], context: Record<string, ContextValue>): boolean {
  const request = { principal, action: 'kms:Decrypt', resource: '*', context: contextOf(context) };
  return evaluateCondition({ operator, ...splitOperator(operator), key, values }, request).matched;
}

// [operator, policy values, request value (undefined = key missing), expected]
const rows: [string, string[], ContextValue | undefined, boolean][] = [
  ['StringEquals', ['finance'], 'finance', true],
  ['StringEquals', ['finance'], 'Finance', false],
  ['StringEquals', ['a', 'b'], 'b', true],
  ['StringEquals', ['finance'], undefined, false],
  ['StringNotEquals', ['finance'], 'hr', true],
  ['StringNotEquals', ['finance', 'hr'], 'hr', false],
  ['StringNotEquals', ['finance'], undefined, true],
  ['StringEqualsIgnoreCase', ['FINANCE'], 'finance', true],
  ['StringNotEqualsIgnoreCase', ['FINANCE'], 'finance', false],
  ['StringLike', ['fin*'], 'finance', true],
  ['StringLike', ['f?nance'], 'finance', true],
  ['StringLike', ['Fin*'], 'finance', false],
  ['StringNotLike', ['fin*'], 'hr', true],
  ['StringNotLike', ['fin*'], 'finance', false],
  ['ArnEquals', ['arn:aws:iam::111122223333:role/*'], 'arn:aws:iam::111122223333:role/Writer', true],
  ['ArnLike', ['arn:aws:iam::*:role/Writer'], 'arn:aws:iam::444455556666:role/Writer', true],
  ['ArnLike', ['arn:aws:iam::111122223333:role/writer'], 'arn:aws:iam::111122223333:role/Writer', false],
  ['ArnLike', ['arn:aws:iam::111122223333:*'], 'not-an-arn', false],
  ['ArnNotEquals', ['arn:aws:iam::111122223333:role/Writer'], 'arn:aws:iam::111122223333:role/Reader', true],
  ['ArnNotLike', ['arn:aws:iam::111122223333:role/*'], 'arn:aws:iam::111122223333:role/Reader', false],
  ['Bool', ['true'], 'true', true],
  ['Bool', ['TRUE'], 'true', true],
  ['Bool', ['true'], 'false', false],
  ['Bool', ['true'], undefined, false],
  ['BoolIfExists', ['true'], undefined, true],
  ['Null', ['true'], undefined, true],
  ['Null', ['true'], 'x', false],
  ['Null', ['false'], 'x', true],
  ['Null', ['false'], [], false],
  ['NumericEquals', ['10'], '10', true],
  ['NumericEquals', ['10'], '10.0', true],
  ['NumericEquals', ['10'], 'ten', false],
  ['NumericNotEquals', ['10'], '11', true],
  ['NumericLessThan', ['10'], '9', true],
  ['NumericLessThan', ['10'], '10', false],
  ['NumericLessThanEquals', ['10'], '10', true],
  ['NumericGreaterThan', ['10'], '11', true],
  ['NumericGreaterThanEquals', ['10'], '9', false],
  ['DateEquals', ['2026-01-01T00:00:00Z'], '1767225600', true],
  ['DateNotEquals', ['2026-01-01T00:00:00Z'], '2026-01-02T00:00:00Z', true],
  ['DateLessThan', ['2026-01-01T00:00:00Z'], '2025-12-31T23:59:59Z', true],
  ['DateLessThanEquals', ['2026-01-01'], '2026-01-01T00:00:00Z', true],
  ['DateGreaterThan', ['2026-01-01T00:00:00Z'], '2026-06-01T00:00:00Z', true],
  ['DateGreaterThanEquals', ['2026-01-01T00:00:00Z'], '2025-06-01T00:00:00Z', false],
  ['DateLessThan', ['not a date'], '2025-06-01T00:00:00Z', false],
  ['IpAddress', ['203.0.113.0/24'], '203.0.113.7', true],
  ['IpAddress', ['203.0.113.0/24'], '198.51.100.7', false],
  ['IpAddress', ['203.0.113.7'], '203.0.113.7', true],
  ['IpAddress', ['2001:db8::/32'], '2001:db8:1::5', true],
  ['IpAddress', ['2001:db8::/32'], '203.0.113.7', false],
  ['NotIpAddress', ['203.0.113.0/24'], '198.51.100.7', true],
  ['NotIpAddress', ['203.0.113.0/24'], undefined, true],
  ['BinaryEquals', ['QmluYXJ5'], 'QmluYXJ5', true],
  ['BinaryEquals', ['QmluYXJ5'], 'QmluYXJz', false],
  ['StringEqualsIfExists', ['finance'], undefined, true],
  ['StringEqualsIfExists', ['finance'], 'hr', false],
  ['StringNotEqualsIfExists', ['finance'], undefined, true],
  ['StringEquals', ['a'], ['a'], false],
  ['ForAnyValue:StringEquals', ['a', 'b'], ['x', 'b'], true],
  ['ForAnyValue:StringEquals', ['a'], ['x', 'y'], false],
  ['ForAnyValue:StringEquals', ['a'], undefined, false],
  ['ForAnyValue:StringEquals', ['a'], [], false],
  ['ForAnyValue:StringNotEquals', ['a'], ['a', 'b'], true],
  ['ForAnyValue:StringNotEquals', ['a'], ['a'], false],
  ['ForAllValues:StringEquals', ['a', 'b'], ['a', 'b'], true],
  ['ForAllValues:StringEquals', ['a', 'b'], ['a', 'c'], false],
  ['ForAllValues:StringEquals', ['a'], undefined, true],
  ['ForAllValues:StringEquals', ['a'], [], true],
  ['ForAllValues:StringEquals', ['a'], 'a', true],
  ['ForAllValues:StringNotEquals', ['a'], ['b', 'c'], true],
  ['ForAllValues:StringNotEquals', ['a'], ['a', 'c'], false],
  ['ForAnyValue:StringLikeIfExists', ['a*'], undefined, true],
];

describe('condition operators', () => {
  it.each(rows.map(([op, values, request, expected]) => [`${op} ${JSON.stringify(values)} vs ${JSON.stringify(request)} → ${expected}`, op, values, request, expected] as const))(
    '%s',
    (_, op, values, request, expected) => {
      expect(check(op, 'test:Key', values, request === undefined ? {} : { 'test:Key': request })).toBe(expected);
    },
  );

  it('finds condition keys whatever their case, except the encryption-context key, which keeps its case', () => {
    expect(check('StringEquals', 'AWS:USERNAME', ['alice'], { 'aws:username': 'alice' })).toBe(true);
    expect(check('StringEquals', 'KMS:ENCRYPTIONCONTEXT:dept', ['x'], { 'kms:EncryptionContext:dept': 'x' })).toBe(true);
    expect(check('StringEquals', 'kms:EncryptionContext:Dept', ['x'], { 'kms:EncryptionContext:dept': 'x' })).toBe(false);
  });

  it('substitutes policy variables in string values, and a variable the request lacks matches nothing', () => {
    expect(check('StringEquals', 'aws:ResourceTag/Owner', ['${aws:username}'], { 'aws:ResourceTag/Owner': 'alice', 'aws:username': 'alice' })).toBe(true);
    expect(check('StringEquals', 'aws:ResourceTag/Owner', ['${aws:username}'], { 'aws:ResourceTag/Owner': 'alice' })).toBe(false);
    expect(check('StringEquals', 'aws:ResourceTag/Owner', ["${aws:username, 'nobody'}"], { 'aws:ResourceTag/Owner': 'nobody' })).toBe(true);
    expect(check('StringLike', 'test:Key', ['${*}x'], { 'test:Key': '*x' })).toBe(true);
    expect(check('StringLike', 'test:Key', ['${*}x'], { 'test:Key': 'ax' })).toBe(false);
  });
});
