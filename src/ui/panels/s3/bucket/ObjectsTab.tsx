/** The Objects tab: the folder's objects and prefixes, with Upload and Delete. */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { DataTable } from '../../../components/DataTable.tsx';
import { useEngineQuery } from '../../../hooks/useEngineQuery.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import { loadFolder, s3Uri, type ObjectRow } from '../../../s3/s3Api.ts';
import { DeleteObjectsModal } from './DeleteObjectsModal.tsx';
import { useObjectColumns } from './objectColumns.tsx';

export function ObjectsTab({ bucket, prefix }: { bucket: string; prefix: string }) {
  const { t } = useLocale();
  const navigate = useNavigate();
  const rows = useEngineQuery((client, as) => loadFolder(client, as, bucket, prefix), [bucket, prefix]);
  const columns = useObjectColumns(bucket);
  const [selectedKeys, setSelectedKeys] = useState<readonly string[]>([]);
  const [deleting, setDeleting] = useState(false);
  const items = rows.value ?? [];
  const selected = items.filter((r) => selectedKeys.includes(r.Key));
  const objects = selected.filter((r) => r.kind === 'object').map((r) => r.Key);

  return (
    <>
      <DataTable<ObjectRow>
        items={items}
        columns={columns}
        trackBy="Key"
        loading={rows.status === 'loading'}
        error={rows.error}
        label={t('s3.objects.title')}
        filterPlaceholder={t('s3.objects.filter')}
        selection={{ type: 'multi', selected, onChange: (s) => setSelectedKeys(s.map((r) => r.Key)), itemLabel: (r) => t('s3.objects.select', { key: r.name }) }}
        empty={
          <Box textAlign="center" color="inherit">
            <Box variant="strong">{t('s3.objects.empty')}</Box>
            <Box variant="p" color="text-body-secondary">{t('s3.objects.emptyHelp')}</Box>
          </Box>
        }
        header={
          <Header
            variant="h2"
            counter={rows.status === 'ok' ? `(${items.length})` : undefined}
            description={prefix ? s3Uri(bucket, prefix) : t('s3.objects.description')}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button iconName="refresh" ariaLabel={t('s3.objects.refresh')} onClick={rows.refresh} />
                {prefix && <Button iconName="arrow-left" onClick={() => void navigate({ to: '/s3/buckets/$bucket', params: { bucket }, search: { tab: 'objects', prefix: parentOf(prefix) } })}>{t('s3.objects.up')}</Button>}
                <Button disabled={objects.length === 0} onClick={() => setDeleting(true)}>{t('s3.objects.delete')}</Button>
                <Button variant="primary" iconName="upload" onClick={() => void navigate({ to: '/s3/buckets/$bucket/upload', params: { bucket }, search: { prefix } })}>{t('s3.upload.title')}</Button>
              </SpaceBetween>
            }
          >
            {t('s3.objects.title')}
          </Header>
        }
      />
      {deleting && <DeleteObjectsModal bucket={bucket} keys={objects} onClose={(done) => { setDeleting(false); if (done) setSelectedKeys([]); }} />}
    </>
  );
}

/** "a/b/" → "a/", "a/" → "". */
const parentOf = (prefix: string) => {
  const cut = prefix.slice(0, -1).lastIndexOf('/');
  return cut < 0 ? '' : prefix.slice(0, cut + 1);
};
