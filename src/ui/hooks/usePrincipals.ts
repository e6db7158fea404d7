/**
 * The principals the top bar can switch between: the account's IAM users and roles, read with
 * iam:ListUsers and iam:ListRoles as the IAM console does. Until IAM answers those, the
 * signed-in principal is the only choice.
 */
import type { CallFailure, EngineClient } from '../../client/engineClient.ts';
import type { Result } from '../../shared/result.ts';
import { callUntyped } from '../kms/kmsApi.ts';
import { useEngineQuery } from './useEngineQuery.ts';

export type PrincipalChoice = { readonly arn: string; readonly name: string; readonly kind: 'user' | 'role' };

type ListUsers = { Users?: { UserName: string; Arn: string }[] };
type ListRoles = { Roles?: { RoleName: string; Arn: string }[] };

/**
 * Listed as the client's default principal (the lab's Admin), not as whoever is signed in: a
 * learner switched to a user without IAM permissions must still be able to switch back.
 */
async function loadPrincipals(client: EngineClient): Promise<Result<PrincipalChoice[], CallFailure>> {
  const [users, roles] = await Promise.all([
    callUntyped<ListUsers>(client, 'iam:ListUsers', {}),
    callUntyped<ListRoles>(client, 'iam:ListRoles', {}),
  ]);
  const choices: PrincipalChoice[] = [
    ...(users.ok ? (users.value.Users ?? []).map((u) => ({ arn: u.Arn, name: u.UserName, kind: 'user' as const })) : []),
    ...(roles.ok ? (roles.value.Roles ?? []).map((r) => ({ arn: r.Arn, name: r.RoleName, kind: 'role' as const })) : []),
  ];
  return { ok: true, value: choices };
}

export function usePrincipals(signedIn: string): readonly PrincipalChoice[] {
  return usePrincipalList(signedIn).principals;
}

/** The same choices, and whether IAM has answered yet (a table of them shows its loading state). */
export function usePrincipalList(signedIn: string): { readonly principals: readonly PrincipalChoice[]; readonly loading: boolean } {
  const listed = useEngineQuery(loadPrincipals, []);
  const all = listed.value ?? [];
  const loading = listed.status === 'loading';
  // Whoever is signed in stays listed, even before IAM (or if their ListUsers is denied).
  if (all.some((p) => p.arn === signedIn)) return { principals: all, loading };
  const name = signedIn.slice(signedIn.lastIndexOf('/') + 1);
  return { principals: [{ arn: signedIn, name, kind: signedIn.includes(':role/') ? 'role' : 'user' }, ...all], loading };
}
