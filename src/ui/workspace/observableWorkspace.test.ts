import { describe, expect, it } from 'vitest';
import { createMemoryWorkspace, readText } from '../../cli/workspace.ts';
import { utf8 } from '../../shared/bytes.ts';
import { observeWorkspace } from './observableWorkspace.ts';

describe('observeWorkspace', () => {
  it('tells listeners about every write, append and removal, and stops when unsubscribed', () => {
    const workspace = observeWorkspace(createMemoryWorkspace({ 'msg.txt': 'hello' }));
    let changes = 0;
    const unsubscribe = workspace.subscribe(() => changes++);
    workspace.write('./keypolicy.json', utf8('{}'));
    workspace.append('msg.txt', utf8(' world'));
    expect(workspace.remove('missing.txt')).toBe(false);
    unsubscribe();
    workspace.remove('msg.txt');
    expect(changes).toBe(3);
    expect(workspace.list()).toEqual(['keypolicy.json']);
    expect(readText(workspace, 'keypolicy.json')).toBe('{}');
  });
});
