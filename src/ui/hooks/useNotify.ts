/** The page's flash bar, reachable from any panel below the shell. */
import { createContext, useContext } from 'react';
import { InternalError } from '../../shared/assert.ts';
import type { Notify } from './useFlashes.ts';

export const NotifyContext = createContext<Notify | null>(null);

export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new InternalError('useNotify outside <NotifyContext.Provider>');
  return notify;
}
