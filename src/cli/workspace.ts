/**
 * The lab workspace: the learner's files (keypolicy.json, msg.txt, the results of
 * `> file` redirects). In memory behind a small interface, so the UI can persist it or
 * fill it from a lab, an upload or the editor later. Paths are relative names; a leading
 * './' or '/' is ignored.
 */
import { fromUtf8, utf8 } from '../shared/bytes.ts';

export interface Workspace {
  read(path: string): Uint8Array | undefined;
  write(path: string, bytes: Uint8Array): void;
  append(path: string, bytes: Uint8Array): void;
  remove(path: string): boolean;
  /** Every path, sorted. */
  list(): string[];
}

export const normalizePath = (path: string): string => path.replace(/^(\.\/|\/)+/, '');

export function createMemoryWorkspace(initial: Readonly<Record<string, string | Uint8Array>> = {}): Workspace {
  const files = new Map<string, Uint8Array>();
  const workspace: Workspace = {
    read: (path) => files.get(normalizePath(path)),
    write: (path, bytes) => void files.set(normalizePath(path), bytes),
    append(path, bytes) {
      const before = files.get(normalizePath(path)) ?? new Uint8Array();
      const joined = new Uint8Array(before.length + bytes.length);
      joined.set(before);
      joined.set(bytes, before.length);
      files.set(normalizePath(path), joined);
    },
    remove: (path) => files.delete(normalizePath(path)),
    list: () => [...files.keys()].sort(),
  };
  for (const [path, content] of Object.entries(initial)) workspace.write(path, typeof content === 'string' ? utf8(content) : content);
  return workspace;
}

export const readText = (workspace: Workspace, path: string): string | undefined => {
  const bytes = workspace.read(path);
  return bytes === undefined ? undefined : fromUtf8(bytes);
};
