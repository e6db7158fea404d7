/**
 * Finish in the Create key wizard: the console checks the alias first (a taken name leaves no
 * stray key), then CreateKey with the generated policy, description and tags, then CreateAlias.
 */
import type { InputOf } from '../../../../client/engineClient.ts';
import { useNotify } from '../../../hooks/useNotify.ts';
import { useOperation } from '../../../hooks/useOperation.ts';
import { aliasNameOf, type WizardState } from './wizardState.ts';

export type CreateOutcome = { created: string } | { aliasTaken: string } | { failed: true };

export function useCreateKey() {
  const { run, pending } = useOperation();
  const notify = useNotify();

  const create = async (state: WizardState, policy: string): Promise<CreateOutcome> => {
    const aliasName = aliasNameOf(state.alias);
    const listed = await run('kms:ListAliases', {});
    if (listed.ok && listed.value.Aliases.some((a) => a.AliasName === aliasName)) return { aliasTaken: aliasName.slice('alias/'.length) };
    const input: InputOf<'kms:CreateKey'> = {
      Policy: policy, KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT', Origin: state.origin,
      ...(state.description ? { Description: state.description } : {}),
      ...(state.tags.length ? { Tags: [...state.tags] } : {}),
    };
    const created = await run('kms:CreateKey', input);
    if (!created.ok) {
      notify.error(created.error);
      return { failed: true };
    }
    const { KeyId } = created.value.KeyMetadata;
    const aliased = await run('kms:CreateAlias', { AliasName: aliasName, TargetKeyId: KeyId });
    if (!aliased.ok) {
      notify.error(aliased.error);
      return { failed: true };
    }
    notify.success('create.created', { key: aliasName, keyId: KeyId });
    return { created: KeyId };
  };
  return { create, pending };
}
