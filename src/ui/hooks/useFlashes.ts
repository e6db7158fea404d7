/**
 * Page-level messages (created, enabled, disabled, or the AWS error that stopped it). They are
 * kept as data and worded when shown, so switching language rewords the ones on screen.
 */
import { useCallback, useState } from 'react';
import type { CallFailure } from '../../client/engineClient.ts';
import type { AccountProblem } from '../../client/persistence/accountControls.ts';
import type { TranslationKey, TranslationParams } from '../../i18n/i18n.ts';

export type Flash =
  | { readonly id: string; readonly kind: 'success'; readonly key: TranslationKey; readonly params?: TranslationParams }
  | { readonly id: string; readonly kind: 'error'; readonly failure: CallFailure }
  /** A refusal of the lab's own (reset, export, import), not an AWS error. */
  | { readonly id: string; readonly kind: 'problem'; readonly problem: AccountProblem };

export type Notify = {
  readonly success: (key: TranslationKey, params?: TranslationParams) => void;
  readonly error: (failure: CallFailure) => void;
  readonly problem: (problem: AccountProblem) => void;
};

let counter = 0;
const nextId = () => `flash-${++counter}`;
/** Enough to see what just happened without burying the page. */
const MAX_FLASHES = 3;

export function useFlashes() {
  const [flashes, setFlashes] = useState<readonly Flash[]>([]);
  const push = useCallback((flash: Flash) => setFlashes((all) => [flash, ...all].slice(0, MAX_FLASHES)), []);
  const dismiss = useCallback((id: string) => setFlashes((all) => all.filter((f) => f.id !== id)), []);
  const [notify] = useState<Notify>(() => ({
    success: (key, params) => push({ id: nextId(), kind: 'success', key, params }),
    error: (failure) => push({ id: nextId(), kind: 'error', failure }),
    problem: (problem) => push({ id: nextId(), kind: 'problem', problem }),
  }));
  return { flashes, dismiss, notify };
}
