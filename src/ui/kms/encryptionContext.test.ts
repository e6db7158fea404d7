import { describe, expect, it } from 'vitest';
import { formatEncryptionContext, parseEncryptionContext } from './encryptionContext.ts';

describe('encryption context text', () => {
  it('reads one key=value pair per line and ignores blank lines', () => {
    expect(parseEncryptionContext('purpose=test\n\n dept = finance \n')).toEqual({ ok: true, value: { purpose: 'test', dept: 'finance' } });
  });

  it('keeps = signs inside the value', () => {
    expect(parseEncryptionContext('q=a=b')).toEqual({ ok: true, value: { q: 'a=b' } });
  });

  it('treats an empty text as no encryption context at all', () => {
    expect(parseEncryptionContext('  \n')).toEqual({ ok: true, value: undefined });
  });

  it('names the line that is not a pair', () => {
    expect(parseEncryptionContext('a=1\nnonsense')).toEqual({ ok: false, error: { line: 2 } });
    expect(parseEncryptionContext('=value')).toEqual({ ok: false, error: { line: 1 } });
  });

  it('writes back what it reads', () => {
    const text = 'purpose=test\ndept=finance';
    const parsed = parseEncryptionContext(text);
    expect(parsed.ok && formatEncryptionContext(parsed.value)).toBe(text);
  });
});
