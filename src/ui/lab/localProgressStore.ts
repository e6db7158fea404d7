/**
 * Lab progress kept in localStorage (a few kilobytes of JSON per lab), next to the account in
 * IndexedDB. Storage can be blocked (private mode, policies): the lab then simply forgets.
 */
import type { ProgressStore } from '../../runner/index.ts';

const PREFIX = 'kms-lab.lab-progress.';

export const localProgressStore: ProgressStore = {
  load(labId) {
    try {
      return localStorage.getItem(PREFIX + labId) ?? undefined;
    } catch {
      return undefined;
    }
  },
  save(labId, json) {
    try {
      localStorage.setItem(PREFIX + labId, json);
    } catch {
      // Losing progress on reload is better than breaking the lab.
    }
  },
};

const ACTIVE_KEY = 'kms-lab.active-lab';

/** The lab the drawer shows, remembered across reloads. */
export const activeLabMemory = {
  load(): string | undefined {
    try {
      return localStorage.getItem(ACTIVE_KEY) ?? undefined;
    } catch {
      return undefined;
    }
  },
  save(labId: string | undefined): void {
    try {
      if (labId === undefined) localStorage.removeItem(ACTIVE_KEY);
      else localStorage.setItem(ACTIVE_KEY, labId);
    } catch {
      // As above.
    }
  },
};
