import { expect, it } from 'vitest';
import { inlineMarkdown } from './inlineMarkdown.ts';

it('turns a step body’s bold labels, italic page names and code values into segments, with no markers left', () => {
  expect(inlineMarkdown('Choose **Create key** on *Customer managed keys*, alias `myFirstKey`.')).toEqual([
    { kind: 'text', text: 'Choose ' },
    { kind: 'strong', text: 'Create key' },
    { kind: 'text', text: ' on ' },
    { kind: 'em', text: 'Customer managed keys' },
    { kind: 'text', text: ', alias ' },
    { kind: 'code', text: 'myFirstKey' },
    { kind: 'text', text: '.' },
  ]);
});

it('keeps asterisks inside code literal, and a lone asterisk as text', () => {
  expect(inlineMarkdown('`kms:ReEncrypt*` and 2 * 3')).toEqual([{ kind: 'code', text: 'kms:ReEncrypt*' }, { kind: 'text', text: ' and 2 * 3' }]);
});

it('leaves text without markers as one segment', () => {
  expect(inlineMarkdown('キーポリシーを確認します。')).toEqual([{ kind: 'text', text: 'キーポリシーを確認します。' }]);
});
