/** The columns of the console's key tables, shared by customer and AWS managed keys. */
import Link from '@cloudscape-design/components/link';
import { useNavigate } from '@tanstack/react-router';
import type { SortableColumn } from '../../components/useTableState.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { keyLabel, type KeyRow } from '../../kms/loadKeys.ts';
import { KeyStatus } from './KeyStatus.tsx';

export function useKeyColumns(): SortableColumn<KeyRow>[] {
  const { locale, t } = useLocale();
  const navigate = useNavigate();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const open = (key: KeyRow) => (
    <Link href={`/kms/keys/${key.KeyId}`} onFollow={(e) => { e.preventDefault(); void navigate({ to: '/kms/keys/$keyId', params: { keyId: key.KeyId } }); }}>
      {key.aliases.join(', ') || '-'}
    </Link>
  );
  return [
    { id: 'aliases', header: t('keys.aliases'), cell: open, sortingField: 'aliases', sortText: keyLabel, filterText: (k) => k.aliases.join(' ') },
    { id: 'keyId', header: t('keys.keyId'), cell: (k) => k.KeyId, sortingField: 'KeyId', sortText: (k) => k.KeyId, filterText: (k) => k.KeyId },
    { id: 'status', header: t('keys.status'), cell: (k) => <KeyStatus state={k.KeyState} />, sortingField: 'KeyState', sortText: (k) => k.KeyState, filterText: (k) => `${k.KeyState} ${t(`keys.state.${k.KeyState}`)}` },
    { id: 'type', header: t('keys.keyType'), cell: () => t('keys.symmetric'), filterText: () => t('keys.symmetric') },
    { id: 'spec', header: t('keys.keySpec'), cell: (k) => k.KeySpec, filterText: (k) => k.KeySpec },
    { id: 'usage', header: t('keys.keyUsage'), cell: () => t('keys.encryptDecrypt') },
    { id: 'description', header: t('keys.keyDescription'), cell: (k) => k.Description || '-', sortingField: 'Description', sortText: (k) => k.Description, filterText: (k) => k.Description },
    { id: 'created', header: t('keys.created'), cell: (k) => date.format(k.CreationDate), sortingField: 'CreationDate', sortText: (k) => new Date(k.CreationDate).toISOString() },
  ];
}
