/** Finding the key a check is about, the way a learner names it: by alias. */
import type { AccountView } from './checkKind.ts';

export type KeyView = AccountView['kms']['keys'][string];

/** `alias` with or without the `alias/` prefix. */
export const aliasName = (alias: string) => (alias.startsWith('alias/') ? alias : `alias/${alias}`);

export function findKeyByAlias(state: AccountView, alias: string): KeyView | undefined {
  const target = state.kms.aliases[aliasName(alias)]?.targetKeyId;
  return target === undefined ? undefined : state.kms.keys[target];
}

export const customerKeys = (state: AccountView): KeyView[] => Object.values(state.kms.keys).filter((key) => key.keyManager === 'CUSTOMER');

export const aliasesOf = (state: AccountView, keyId: string): string[] =>
  Object.values(state.kms.aliases).filter((a) => a.targetKeyId === keyId).map((a) => a.aliasName);
