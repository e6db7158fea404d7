/**
 * Values derived from the account's state that every call would otherwise recompute: the
 * parsed identity policies of a principal, the aliases of each key, when scheduled work is next
 * due. They are kept per state object (restoring or importing an account starts afresh) and
 * all dropped together whenever the state may have changed: dispatch calls `stateChanged` after
 * every mutating call, and scheduled work after it runs. Dropping everything is coarse but
 * cannot miss a dependency; state changes are rare next to the calls that read it.
 */
import type { Account, AccountState } from './account.ts';

const tables = new WeakMap<AccountState, Map<string, unknown>>();

function tableOf(account: Account): Map<string, unknown> {
  let table = tables.get(account.state);
  if (!table) tables.set(account.state, (table = new Map()));
  return table;
}

/** The value kept under `key`, computed now if the state changed since it was kept. */
export function derived<T>(account: Account, key: string, compute: () => T): T {
  const table = tableOf(account);
  if (table.has(key)) return table.get(key) as T;
  const value = compute();
  table.set(key, value);
  return value;
}

/** The value kept under `key`, without computing it. */
export const peekDerived = <T>(account: Account, key: string): T | undefined => tables.get(account.state)?.get(key) as T | undefined;

/** Forgets every derived value of the account's current state. */
export function stateChanged(account: Account): void {
  tables.delete(account.state);
}
