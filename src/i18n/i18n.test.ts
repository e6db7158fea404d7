import { beforeAll, describe, expect, it } from 'vitest';
import en from './en.json';
import ja from './ja.json';
import { findTranslation, flatten, loadCatalogue, placeholdersOf, translate } from './i18n.ts';

const enStrings = flatten(en);
const jaStrings = flatten(ja);

beforeAll(async () => {
  await Promise.all([loadCatalogue('en'), loadCatalogue('ja')]);
});
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
    expect(translate('en', 'aliases.created', { alias: 'alias/demo' })).toBe('Alias alias/demo was created.');
    expect(translate('ja', 'aliases.created', { alias: 'alias/demo' })).toBe('エイリアス alias/demo を作成しました。');
  });

  it('uses the Japanese console\'s terms for the KMS console', () => {
    expect(translate('ja', 'keys.title')).toBe('カスタマー管理型のキー');
    expect(translate('ja', 'wizard.title')).toBe('キーの作成');
    expect(translate('ja', 'wizard.symmetric')).toBe('対称');
    expect(translate('ja', 'policy.administrators')).toBe('キー管理者');
    expect(translate('ja', 'policy.users')).toBe('キーユーザー');
    expect(translate('ja', 'create.alias')).toBe('エイリアス');
  });

  it('words every reason the authorization explanation can give, and every account problem', () => {
    const reasons = ['explicitDeny', 'allowedByResourcePolicy', 'allowedByIdentityPolicy', 'allowedByGrant', 'rootUser', 'noIdentityAllow', 'noResourceAllow', 'notApplicable'];
    const problems = ['notAnExport', 'newerVersion', 'wrongPassphrase', 'damaged', 'passphraseTooShort', 'storageFailed'];
    for (const locale of ['ja', 'en'] as const) {
      for (const r of reasons) expect(findTranslation(locale, `denied.reason.${r}`)).toBeDefined();
      for (const p of problems) expect(findTranslation(locale, `account.problem.${p}`)).toBeDefined();
    }
  });

  it('explains AWS error codes by code and knows when it cannot', () => {
    expect(findTranslation('ja', 'errors.DisabledException')).toContain('無効');
    expect(findTranslation('en', 'errors.NoSuchThingException')).toBeUndefined();
  });
});
