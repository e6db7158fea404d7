import { beforeAll, describe, expect, it } from 'vitest';
import { checkPolicyText } from '../../client/policyDiagnostics.ts';
import { loadCatalogue, translate } from '../../i18n/i18n.ts';
import { locateProblem } from './locateProblem.ts';
import { toPolicyMarkers } from './policyMarkers.ts';

const t = (key: Parameters<typeof translate>[1], params?: Readonly<Record<string, string>>) => translate('en', key, params);
const marked = (text: string, start: number, end: number) => text.slice(start, end);

const KEY_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Sid": "Root", "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "kms:*", "Resource": "*" },
    { "Sid": "Users", "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:user/*" }, "Action": "kms:Encrypt", "Resource": "*" }
  ]
}`;

beforeAll(async () => {
  await loadCatalogue('en');
});
describe('policy markers', () => {
  it('underline the invalid principal and say it in KMS\'s words, then explain', () => {
    const [marker] = toPolicyMarkers(KEY_POLICY, checkPolicyText(KEY_POLICY, 'keyPolicy'), t);
    expect(marked(KEY_POLICY, marker!.start, marker!.end)).toBe('"arn:aws:iam::111122223333:user/*"');
    expect(marker!.message.split('\n')[0]).toBe('MalformedPolicyDocumentException: Policy contains a statement with one or more invalid principals.');
    expect(marker!.message).toContain('Statement[1].Principal.AWS');
  });

  it('mark a statement without Action at its opening brace, and name the missing element', () => {
    const text = '{"Statement": [{"Effect": "Allow", "Principal": "*"}]}';
    const [marker] = toPolicyMarkers(text, checkPolicyText(text, 'keyPolicy'), t);
    expect(marked(text, marker!.start, marker!.end)).toBe('{');
    expect(marker!.start).toBe(text.indexOf('[{') + 1);
    expect(marker!.message.split('\n')[0]).toBe('MalformedPolicyDocumentException');
    expect(marker!.message).toContain('Action');
  });

  it('find condition keys containing colons, and a one-statement object as Statement[0]', () => {
    const text = '{"Statement": {"Effect": "Allow", "Condition": {"StringEquals": {"kms:EncryptionContext:aws:s3:arn": {"x": 1}}}}}';
    const range = locateProblem(text, 'Statement[0].Condition.StringEquals.kms:EncryptionContext:aws:s3:arn');
    expect(marked(text, range.start, range.end)).toBe('"kms:EncryptionContext:aws:s3:arn"');
  });

  it('mark a missing Effect on its statement, and a bad one on its value', () => {
    const text = '{"Statement": [{"Effect": "Permit", "Action": "kms:*", "Principal": "*"}]}';
    const range = locateProblem(text, 'Statement[0].Effect');
    expect(marked(text, range.start, range.end)).toBe('"Permit"');
    const noEffect = '{"Statement": [{"Action": "*"}]}';
    expect(locateProblem(noEffect, 'Statement[0].Effect').start).toBe(noEffect.indexOf('[{') + 1);
  });

  it('point a syntax error at the position JSON.parse names, or at the end', () => {
    const text = '{"Version": "2012-10-17",, }';
    const [problem] = checkPolicyText(text, 'iamPolicy');
    const [marker] = toPolicyMarkers(text, [problem!], t);
    expect(marker!.message.split('\n')[0]).toBe('MalformedPolicyDocument: Syntax errors in policy.');
    expect(marker!.start).toBe(text.indexOf(',,') + 1);
    expect(locateProblem('{"Version": ', '', 'Unexpected end of JSON input')).toEqual({ start: 11, end: 12 });
  });
});
