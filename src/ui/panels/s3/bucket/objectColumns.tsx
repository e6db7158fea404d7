/** The Objects tab's columns: name (folder or object link), type, last modified, size. */
import Link from '@cloudscape-design/components/link';
import { useNavigate } from '@tanstack/react-router';
import type { SortableColumn } from '../../../components/useTableState.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import type { ObjectRow } from '../../../s3/s3Api.ts';
import { formatSize } from '../../../s3/formatSize.ts';

const hrefOf = (bucket: string, r: ObjectRow) => r.kind === 'folder'
  ? `/s3/buckets/${encodeURIComponent(bucket)}?tab=objects&prefix=${encodeURIComponent(r.Key)}`
  : `/s3/buckets/${encodeURIComponent(bucket)}/object?key=${encodeURIComponent(r.Key)}`;

export function useObjectColumns(bucket: string): SortableColumn<ObjectRow>[] {
  const { t, locale } = useLocale();
  const navigate = useNavigate();
  const open = (row: ObjectRow) => row.kind === 'folder'
    ? navigate({ to: '/s3/buckets/$bucket', params: { bucket }, search: { tab: 'objects', prefix: row.Key } })
    : navigate({ to: '/s3/buckets/$bucket/object', params: { bucket }, search: { key: row.Key } });
  return [
    {
      id: 'name', header: t('s3.objects.name'), sortingField: 'name', sortText: (r) => r.name, filterText: (r) => r.name, isRowHeader: true,
      cell: (r) => <Link href={hrefOf(bucket, r)} onFollow={(e) => { e.preventDefault(); void open(r); }}>{r.name}</Link>,
    },
    { id: 'type', header: t('s3.objects.type'), cell: (r) => (r.kind === 'folder' ? t('s3.objects.folder') : r.name.includes('.') ? r.name.slice(r.name.lastIndexOf('.') + 1) : '-') },
    {
      id: 'modified', header: t('s3.objects.lastModified'), sortingField: 'modified', sortText: (r) => (r.kind === 'object' ? r.LastModified.toISOString() : ''),
      cell: (r) => (r.kind === 'object' ? r.LastModified.toLocaleString(locale, { dateStyle: 'long', timeStyle: 'medium', timeZone: 'UTC' }) : '-'),
    },
    { id: 'size', header: t('s3.objects.size'), sortingField: 'size', sortText: (r) => (r.kind === 'object' ? String(r.Size).padStart(16, '0') : ''), cell: (r) => (r.kind === 'object' ? formatSize(r.Size) : '-') },
  ];
}
