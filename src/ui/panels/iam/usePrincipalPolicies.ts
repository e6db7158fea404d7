/**
 * A user's or a role's permissions: attached managed policies and inline policies, read with
 * the matching IAM list operations, attached and detached with the matching calls.
 */
import type { CallFailure, EngineClient } from '../../../client/engineClient.ts';
import type { Result } from '../../../shared/result.ts';
import { useNotify } from '../../hooks/useNotify.ts';
import { useOperation } from '../../hooks/useOperation.ts';
import { listIam, type AttachedPolicy } from '../../iam/iamApi.ts';

export type PolicyHolder = { readonly kind: 'user'; readonly name: string } | { readonly kind: 'role'; readonly name: string };
export type InlinePolicy = { readonly PolicyName: string; readonly document: string };
export type Permissions = { readonly attached: AttachedPolicy[]; readonly inline: InlinePolicy[] };

const m = (Marker?: string) => (Marker ? { Marker } : {});

export async function loadPermissions(client: EngineClient, as: string, holder: PolicyHolder): Promise<Result<Permissions, CallFailure>> {
  const user = holder.kind === 'user';
  const attached = await listIam(
    (marker) => (user
      ? client.call('iam:ListAttachedUserPolicies', { UserName: holder.name, ...m(marker) }, { as })
      : client.call('iam:ListAttachedRolePolicies', { RoleName: holder.name, ...m(marker) }, { as })),
    (page): AttachedPolicy[] => page.AttachedPolicies,
  );
  if (!attached.ok) return attached;
  const names = await listIam(
    (marker) => (user
      ? client.call('iam:ListUserPolicies', { UserName: holder.name, ...m(marker) }, { as })
      : client.call('iam:ListRolePolicies', { RoleName: holder.name, ...m(marker) }, { as })),
    (page): string[] => page.PolicyNames,
  );
  if (!names.ok) return names;
  const inline: InlinePolicy[] = [];
  for (const PolicyName of names.value) {
    const r = user
      ? await client.call('iam:GetUserPolicy', { UserName: holder.name, PolicyName }, { as })
      : await client.call('iam:GetRolePolicy', { RoleName: holder.name, PolicyName }, { as });
    if (!r.ok) return r;
    inline.push({ PolicyName, document: r.value.PolicyDocument });
  }
  return { ok: true, value: { attached: attached.value, inline } };
}

export function usePrincipalPolicies(holder: PolicyHolder) {
  const { run, pending } = useOperation();
  const notify = useNotify();
  const user = holder.kind === 'user';
  /** Attaches each policy in turn; the first failure stops and is returned for the form. */
  const attach = async (arns: readonly string[]): Promise<CallFailure | undefined> => {
    for (const PolicyArn of arns) {
      const r = user
        ? await run('iam:AttachUserPolicy', { UserName: holder.name, PolicyArn })
        : await run('iam:AttachRolePolicy', { RoleName: holder.name, PolicyArn });
      if (!r.ok) return r.error;
    }
    notify.success('iam.attached', { count: arns.length, name: holder.name });
    return undefined;
  };
  const detach = async (policy: AttachedPolicy) => {
    const r = user
      ? await run('iam:DetachUserPolicy', { UserName: holder.name, PolicyArn: policy.PolicyArn })
      : await run('iam:DetachRolePolicy', { RoleName: holder.name, PolicyArn: policy.PolicyArn });
    if (r.ok) notify.success('iam.detached', { policy: policy.PolicyName, name: holder.name });
    else notify.error(r.error);
  };
  return { attach, detach, pending };
}
