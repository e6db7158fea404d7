/**
 * Who the console is signed in as, and the one door to the engine. Every call passes the
 * principal explicitly, so switching principal in the top bar changes what the next call may do.
 * The shell's facts (ShellContext) are there from the first render; the Session, with the
 * client, only once the engine has loaded — below <ClientGate>.
 */
import { createContext, useContext } from 'react';
import type { EngineClient } from '../../client/engineClient.ts';
import type { AccountControls } from '../../client/persistence/accountControls.ts';
import { InternalError } from '../../shared/assert.ts';

export type ShellFacts = {
  readonly accountId: string;
  readonly region: string;
  readonly principalArn: string;
  readonly setPrincipalArn: (arn: string) => void;
};

export type Session = ShellFacts & {
  readonly client: EngineClient;
  /** Reset, export and import of the whole account; storage status. */
  readonly account: AccountControls;
};

export const ShellContext = createContext<ShellFacts | null>(null);
export const SessionContext = createContext<Session | null>(null);

export function useShellFacts(): ShellFacts {
  const facts = useContext(ShellContext);
  if (!facts) throw new InternalError('useShellFacts outside <ShellContext.Provider>');
  return facts;
}

/** Only below <ClientGate> (route content) or where the client is known to be ready. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new InternalError('useSession before the client is ready (outside <ClientGate>)');
  return session;
}

/** For the shell, which renders before the client is ready: null until then. */
export const useOptionalSession = (): Session | null => useContext(SessionContext);
