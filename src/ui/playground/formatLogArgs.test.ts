import { describe, expect, it } from 'vitest';
import { formatLogArgs } from './formatLogArgs.ts';

describe('formatLogArgs', () => {
  it('prints strings as they are and SDK outputs as JSON with bytes and dates readable', () => {
    const output = { KeyId: 'k', CiphertextBlob: new Uint8Array([1, 2, 3]), CreationDate: new Date(Date.UTC(2026, 0, 2)) };
    expect(formatLogArgs(['Key:', output])).toBe(
      'Key: {\n  "KeyId": "k",\n  "CiphertextBlob": "<3 bytes, base64 AQID>",\n  "CreationDate": "2026-01-02T00:00:00.000Z"\n}',
    );
  });

  it('prints errors by name and message, and survives cycles', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(formatLogArgs([Object.assign(new Error('Key not found'), { name: 'NotFoundException' }), 42, cyclic])).toBe('NotFoundException: Key not found 42 [object Object]');
  });
});
