/**
 * Keeps the workspace across reloads: its files are restored from the tab's storage once at
 * start and saved again after every change (editor save, upload, `> out.txt`, `aws s3 cp`).
 * Files are kept as base64 in one JSON entry, so binary files (fileb://, downloads) survive.
 * The storage is passed in (window.localStorage in main.tsx), so the adapter runs anywhere.
 */
import { fromBase64, toBase64 } from '../../shared/bytes.ts';
import type { ObservableWorkspace } from './observableWorkspace.ts';

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const WORKSPACE_STORAGE_KEY = 'kms-lab:workspace';

function restore(workspace: ObservableWorkspace, storage: KeyValueStorage): void {
  let saved: Record<string, string> = {};
  try {
    saved = JSON.parse(storage.getItem(WORKSPACE_STORAGE_KEY) ?? '{}') as Record<string, string>;
  } catch {
    console.warn('[workspace] the saved workspace could not be read; starting empty');
  }
  for (const [path, base64] of Object.entries(saved)) {
    const bytes = fromBase64(base64);
    if (bytes && workspace.read(path) === undefined) workspace.write(path, bytes);
  }
}

function save(workspace: ObservableWorkspace, storage: KeyValueStorage): void {
  const files = Object.fromEntries(workspace.list().map((path) => [path, toBase64(workspace.read(path) ?? new Uint8Array())]));
  try {
    storage.setItem(WORKSPACE_STORAGE_KEY, JSON.stringify(files));
  } catch (error) {
    // A full storage quota must not break the terminal or the editor: the files stay in memory.
    console.warn('[workspace] the workspace could not be saved', error);
  }
}

/** Restores the saved files, then saves on every change; returns the unsubscribe. */
export function persistWorkspace(workspace: ObservableWorkspace, storage: KeyValueStorage): () => void {
  restore(workspace, storage);
  return workspace.subscribe(() => save(workspace, storage));
}
