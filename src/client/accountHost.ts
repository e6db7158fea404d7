/**
 * The one account a browser tab works on, behind one EngineClient. Reset and import replace
 * the account; subscribers stay subscribed and hear a time event, so every panel re-reads.
 */
import { nowOf, type Account, type EngineEvent } from '../engine/index.ts';
import { createClientOver, type EngineClient } from './engineClient.ts';

type Listener = (event: EngineEvent) => void;

export type AccountHost = {
  readonly client: EngineClient;
  current(): Account;
  replace(next: Account): void;
};

export function createAccountHost(initial: Account, defaultPrincipalArn: string): AccountHost {
  let account = initial;
  const listeners = new Set<Listener>();
  const forward: Listener = (event) => {
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch {
        // One failing panel must not stop the others from hearing the event.
      }
    }
  };
  account.listeners.add(forward);
  const subscribe = (listener: Listener) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  return {
    client: createClientOver(() => account, subscribe, defaultPrincipalArn),
    current: () => account,
    replace(next) {
      account.listeners.delete(forward);
      account = next;
      account.listeners.add(forward);
      // Panels already re-read on a time event; a new account is at least that much news.
      forward({ type: 'time', now: nowOf(account) });
    },
  };
}
