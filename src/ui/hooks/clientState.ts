/**
 * Where the engine stands while the console shell is on screen: the EngineClient arrives in
 * its own chunk after the first paint (main.tsx, src/startClient.ts). The shell renders at
 * once; route content waits behind <ClientGate>, and only below it does useSession() hold a
 * client, so its synchronous reads (inspect, now, explainKmsAccess …) are always safe to call.
 */
import { createContext, useContext, useEffect, useState } from 'react';
import type { EngineClient } from '../../client/engineClient.ts';
import type { AccountControls } from '../../client/persistence/accountControls.ts';

export type ReadyClient = { readonly client: EngineClient; readonly account: AccountControls };

export type ClientState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly ready: ReadyClient }
  | { readonly status: 'failed'; readonly error: unknown };

export const ClientStateContext = createContext<ClientState>({ status: 'loading' });

export const useClientState = (): ClientState => useContext(ClientStateContext);

/** The client's start, as a state that never rejects: a failure (a chunk that would not load, an engine that would not start) is kept to show. */
export function settleClient(start: Promise<ReadyClient>): Promise<ClientState> {
  return start.then(
    (ready) => ({ status: 'ready', ready }),
    (error: unknown) => {
      console.error('[main] the account could not be created', error);
      return { status: 'failed', error };
    },
  );
}

export function useSettledClient(settled: Promise<ClientState>): ClientState {
  const [state, setState] = useState<ClientState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    void settled.then((next) => current && setState(next));
    return () => void (current = false);
  }, [settled]);
  return state;
}
