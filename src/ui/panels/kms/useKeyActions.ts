/** The console's key actions: Enable, Disable, Schedule key deletion, Cancel key deletion. */
import { useNotify } from '../../hooks/useNotify.ts';
import { useOperation } from '../../hooks/useOperation.ts';
import { keyLabel } from '../../kms/loadKeys.ts';

type Key = { KeyId: string; aliases: readonly string[] };

export function useKeyActions() {
  const { run, pending } = useOperation();
  const notify = useNotify();
  const each = async (keys: readonly Key[], act: (k: Key) => Promise<boolean>) => {
    for (const key of keys) if (!(await act(key))) return false;
    return true;
  };
  return {
    pending,
    setEnabled: (keys: readonly Key[], enable: boolean) => each(keys, async (k) => {
      const r = await run(enable ? 'kms:EnableKey' : 'kms:DisableKey', { KeyId: k.KeyId });
      if (!r.ok) notify.error(r.error);
      else notify.success(enable ? 'keys.enabled' : 'keys.disabled', { key: keyLabel(k) });
      return r.ok;
    }),
    scheduleDeletion: (keys: readonly Key[], days: number) => each(keys, async (k) => {
      const r = await run('kms:ScheduleKeyDeletion', { KeyId: k.KeyId, PendingWindowInDays: days });
      if (!r.ok) notify.error(r.error);
      else notify.success('deletion.scheduled', { key: keyLabel(k), date: r.value.DeletionDate.toISOString() });
      return r.ok;
    }),
    cancelDeletion: (keys: readonly Key[]) => each(keys, async (k) => {
      const r = await run('kms:CancelKeyDeletion', { KeyId: k.KeyId });
      if (!r.ok) notify.error(r.error);
      else notify.success('deletion.cancelled', { key: keyLabel(k) });
      return r.ok;
    }),
  };
}
