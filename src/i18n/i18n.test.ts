import { describe, expect, it } from 'vitest';
import en from './en.json';
import ja from './ja.json';
import { findTranslation, flatten, placeholdersOf, translate } from './i18n.ts';

const enStrings = flatten(en);
const jaStrings = flatten(ja);

describe('i18n', () => {
  it('has the same keys in Japanese and English', () => {
    expect(Object.keys(jaStrings).sort()).toEqual(Object.keys(enStrings).sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(enStrings)) {
      expect({ key, placeholders: placeholdersOf(jaStrings[key] ?? '') }).toEqual({ key, placeholders: placeholdersOf(text) });
    }
  });

  it('leaves no string empty', () => {
    for (const [key, text] of Object.entries({ ...enStrings, ...jaStrings })) expect({ key, text: text.trim() }).not.toEqual({ key, text: '' });
  });

  it('fills placeholders', () => {
    expect(translate('en', 'create.created', { key: 'alias/demo' })).toBe('Key alias/demo was created.');
    expect(translate('ja', 'create.created', { key: 'alias/demo' })).toBe('キー alias/demo を作成しました。');
  });

  it('explains AWS error codes by code and knows when it cannot', () => {
    expect(findTranslation('ja', 'errors.DisabledException')).toContain('無効');
    expect(findTranslation('en', 'errors.NoSuchThingException')).toBeUndefined();
  });
});
