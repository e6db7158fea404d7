/**
 * What the console may do to the account as a whole: reset it, export it to a file, import
 * one, and watch whether it is saved. Not an AWS operation, so not part of EngineClient.
 */
import type { Result } from '../../shared/result.ts';

/** Why an import, export or reset was refused; the UI words each one in the learner's language. */
export type AccountProblem =
  | 'notAnExport'
  | 'newerVersion'
  | 'wrongPassphrase'
  | 'damaged'
  | 'passphraseTooShort'
  | 'storageFailed';

export type StorageStatus =
  | { readonly kind: 'saved'; readonly at: number }
  | { readonly kind: 'saving' }
  /** Nothing is written: storage is unavailable, or another tab owns the account. */
  | { readonly kind: 'memoryOnly'; readonly reason: 'unavailable' | 'otherTab' }
  | { readonly kind: 'failed'; readonly detail: string };

export interface AccountControls {
  reset(): Promise<Result<void, AccountProblem>>;
  /** The account as an export file: state in JSON, key material wrapped under the passphrase. */
  exportAccount(passphrase: string): Promise<Result<Blob, AccountProblem>>;
  /** Replaces the account only if the whole file checks out; otherwise nothing changes. */
  importAccount(file: Blob, passphrase: string): Promise<Result<void, AccountProblem>>;
  storage(): StorageStatus;
  subscribeStorage(listener: (status: StorageStatus) => void): () => void;
  /** Takes the account over from another tab (that tab stops saving and says so). */
  takeOver(): void;
}
