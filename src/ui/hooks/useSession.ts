/**
 * Who the console is signed in as, and the one door to the engine. Calls pass the principal
 * explicitly so the header's principal switcher (the console issue) only has to change it here.
 */
import { createContext, useContext } from 'react';
import type { EngineClient } from '../../client/engineClient.ts';
import { InternalError } from '../../shared/assert.ts';

export type Session = {
  readonly client: EngineClient;
  readonly accountId: string;
  readonly region: string;
  readonly principalArn: string;
};

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new InternalError('useSession outside <SessionContext.Provider>');
  return session;
}
