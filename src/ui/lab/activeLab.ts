/**
 * The lab the learner is doing: one session at a time for the whole console, so its steps
 * keep checking while the learner moves between KMS, S3 and the terminal. The drawer and the
 * lab routes read it here; LabProvider owns it.
 */
import { createContext, useContext } from 'react';
import type { LabSession, LabStatus } from '../../runner/index.ts';
import { InternalError } from '../../shared/assert.ts';
import type { LabCatalogEntry } from './labCatalog.ts';

export type ActiveLab = { readonly entry: LabCatalogEntry; readonly session: LabSession; readonly status: LabStatus };

export type ActiveLabState = {
  readonly active: ActiveLab | undefined;
  /** A lab is chosen but still loading (its chunk, the runner, the engine): the drawer says so. */
  readonly opening: boolean;
  /** Opens a lab (starting it on a first visit); `task` is 1-based, from a deep link. */
  open(labId: string, task?: number): void;
  close(): void;
  /** The task the panel shows expanded (1-based). */
  readonly focusedTask: number | undefined;
  focusTask(task: number | undefined): void;
  readonly drawerOpen: boolean;
  setDrawerOpen(open: boolean): void;
  /** Presenter mode: a wide drawer with large type for a projector. */
  readonly wide: boolean;
  setWide(wide: boolean): void;
};

export const ActiveLabContext = createContext<ActiveLabState | null>(null);

export function useActiveLab(): ActiveLabState {
  const state = useContext(ActiveLabContext);
  if (!state) throw new InternalError('useActiveLab outside <LabProvider>');
  return state;
}
