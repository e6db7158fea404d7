/**
 * Fails on text written straight into the UI's JSX: every word a learner reads comes from the
 * catalogues (src/i18n), so both languages always have it. AWS names stay English on purpose
 * and live in props (column headers such as Sid/Effect), not in JSX text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const UI = join(import.meta.dirname);
const LETTERS = /[A-Za-z\u3040-\u30ff\u3400-\u9fff]/;
/** A catalogue key handed on to be translated (`title="app.crashed"`), not text. */
const TRANSLATION_KEY = /^[a-z]+(\.[a-zA-Z]+)+$/;
/** Props whose string value is shown to the learner. */
const SHOWN_PROPS = new Set(['header', 'label', 'description', 'placeholder', 'ariaLabel', 'aria-label', 'title', 'text', 'loadingText', 'errorText', 'constraintText']);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsxFiles(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : []);
}

function untranslated(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTERS.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)
      && SHOWN_PROPS.has(node.name.getText(source)) && LETTERS.test(node.initializer.text) && !TRANSLATION_KEY.test(node.initializer.text)) {
      found.push(`${node.name.getText(source)}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('UI text', () => {
  it('has no untranslated text in JSX', () => {
    const offenders = tsxFiles(UI).flatMap((f) => untranslated(f).map((text) => `${f.slice(UI.length + 1)}: ${text}`));
    expect(offenders).toEqual([]);
  });

  it('notices text written into JSX, in either language', () => {
    expect(untranslated('x.tsx', 'const a = <p>Create key</p>; const b = <p>{t("ok")} - </p>;')).toEqual(['Create key']);
    expect(untranslated('x.tsx', 'const a = <Input placeholder="キーの作成" value={v} />;')).toEqual(['placeholder="キーの作成"']);
  });
});
