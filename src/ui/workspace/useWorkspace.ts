/** The workspace in use (the tab's shared one unless a lab provides its own) and its file list. */
import { createContext, useContext, useSyncExternalStore } from 'react';
import { labWorkspace } from './labWorkspace.ts';
import type { ObservableWorkspace } from './observableWorkspace.ts';

export const WorkspaceContext = createContext<ObservableWorkspace>(labWorkspace);

export const useWorkspace = (): ObservableWorkspace => useContext(WorkspaceContext);

/** The sorted paths, re-read whenever a file is written or removed. */
export function useWorkspaceFiles(workspace: ObservableWorkspace): readonly string[] {
  const snapshot = useSyncExternalStore(workspace.subscribe, () => workspace.list().join('\n'));
  return snapshot === '' ? [] : snapshot.split('\n');
}
