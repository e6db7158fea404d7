import { describe, expect, it } from 'vitest';
import { createMemoryWorkspace, readText } from '../../cli/workspace.ts';
import { utf8 } from '../../shared/bytes.ts';
import { observeWorkspace } from './observableWorkspace.ts';
import { persistWorkspace, WORKSPACE_STORAGE_KEY, type KeyValueStorage } from './persistWorkspace.ts';

/** The Web Storage contract (what window.localStorage provides), in memory: one "tab's" storage across reloads. */
function memoryStorage(): KeyValueStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return { entries, getItem: (key) => entries.get(key) ?? null, setItem: (key, value) => void entries.set(key, value) };
}

describe('the workspace survives a reload', () => {
  it('restores text and binary files written before the reload, and forgets removed ones', async () => {
    const storage = memoryStorage();
    const before = observeWorkspace(createMemoryWorkspace());
    persistWorkspace(before, storage);
    before.write('keypolicy.json', utf8('{"Version":"2012-10-17"}'));
    before.write('ciphertext.bin', new Uint8Array([0, 255, 7]));
    before.write('scratch.txt', utf8('gone soon'));
    before.remove('scratch.txt');

    const after = observeWorkspace(createMemoryWorkspace());
    persistWorkspace(after, storage);
    expect(after.list()).toEqual(['ciphertext.bin', 'keypolicy.json']);
    expect(readText(after, 'keypolicy.json')).toBe('{"Version":"2012-10-17"}');
    expect([...after.read('ciphertext.bin')!]).toEqual([0, 255, 7]);
  });

  it('starts empty, without failing, when what was saved is not readable', () => {
    const storage = memoryStorage();
    storage.setItem(WORKSPACE_STORAGE_KEY, 'not json');
    const workspace = observeWorkspace(createMemoryWorkspace());
    persistWorkspace(workspace, storage);
    expect(workspace.list()).toEqual([]);
  });
});
