/** What every bucket edit page shares: run the save, say so, and go back to the tab it came from. */
import { useNavigate } from '@tanstack/react-router';
import type { CallFailure } from '../../../../client/engineClient.ts';
import type { TranslationKey } from '../../../../i18n/i18n.ts';
import type { Result } from '../../../../shared/result.ts';
import { useNotify } from '../../../hooks/useNotify.ts';
import { useOperation } from '../../../hooks/useOperation.ts';

export function useBucketEdit(bucket: string, tab: 'properties' | 'permissions') {
  const navigate = useNavigate();
  const notify = useNotify();
  const { run, pending } = useOperation();
  const back = () => void navigate({ to: '/s3/buckets/$bucket', params: { bucket }, search: { tab } });
  const save = async (call: Promise<Result<unknown, CallFailure>>, done: TranslationKey) => {
    const result = await call;
    if (!result.ok) return notify.error(result.error);
    notify.success(done, { bucket });
    back();
  };
  return { run, pending, back, save };
}
