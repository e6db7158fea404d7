/**
 * Who the console is signed in as, and the one door to the engine. Every call passes the
 * principal explicitly, so switching principal in the top bar changes what the next call may do.
 */
import { createContext, useContext } from 'react';
import type { EngineClient } from '../../client/engineClient.ts';
import type { AccountControls } from '../../client/persistence/accountControls.ts';
import { InternalError } from '../../shared/assert.ts';

export type Session = {
  readonly client: EngineClient;
  readonly accountId: string;
  readonly region: string;
  readonly principalArn: string;
  readonly setPrincipalArn: (arn: string) => void;
  /** Reset, export and import of the whole account; storage status. */
  readonly account: AccountControls;
};

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new InternalError('useSession outside <SessionContext.Provider>');
  return session;
}
