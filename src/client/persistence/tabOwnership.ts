/**
 * One tab owns the account and saves it; any other tab is told so and writes nothing, so two
 * tabs never overwrite each other. Ownership is a Web Lock: it ends when the tab closes, and
 * another tab can take it over (the old owner hears that and stops saving).
 */
const LOCK = 'kms-lab.account';

export type Ownership = {
  /** Resolves true when this tab owns the account. */
  claim(onLost: () => void): Promise<boolean>;
  takeOver(onLost: () => void): Promise<void>;
};

function hold(lock: Lock | null): Promise<void> | null {
  // Holding the lock means never resolving; the tab's end (or a steal) releases it.
  return lock ? new Promise<void>(() => undefined) : null;
}

export function createOwnership(locks: LockManager | undefined): Ownership {
  if (!locks) return { claim: async () => true, takeOver: async () => undefined };
  return {
    claim: (onLost) => new Promise<boolean>((resolve) => {
      locks.request(LOCK, { ifAvailable: true }, (lock) => {
        resolve(!!lock);
        return hold(lock);
      }).catch(onLost);
    }),
    takeOver: (onLost) => new Promise<void>((resolve) => {
      locks.request(LOCK, { steal: true }, (lock) => {
        resolve();
        return hold(lock);
      }).catch(onLost);
    }),
  };
}
