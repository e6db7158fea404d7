/**
 * A workspace that says when its files change, so the file list redraws whether the editor
 * saved a file, the learner uploaded one or a terminal redirect (`> out.txt`) wrote one.
 */
import type { Workspace } from '../../cli/workspace.ts';

export interface ObservableWorkspace extends Workspace {
  subscribe(listener: () => void): () => void;
}

export function observeWorkspace(inner: Workspace): ObservableWorkspace {
  const listeners = new Set<() => void>();
  const changed = <T>(result: T): T => {
    for (const listener of listeners) listener();
    return result;
  };
  return {
    read: (path) => inner.read(path),
    list: () => inner.list(),
    write: (path, bytes) => changed(inner.write(path, bytes)),
    append: (path, bytes) => changed(inner.append(path, bytes)),
    remove: (path) => changed(inner.remove(path)),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
