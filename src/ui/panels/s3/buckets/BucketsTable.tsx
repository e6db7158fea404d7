/** The S3 console's bucket list: name (a link to the bucket), AWS Region, creation date. */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useNavigate } from '@tanstack/react-router';
import { DataTable } from '../../../components/DataTable.tsx';
import type { SortableColumn } from '../../../components/useTableState.ts';
import { useEngineQuery } from '../../../hooks/useEngineQuery.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import type { BucketRow } from '../../../s3/s3Api.ts';

export function BucketsTable() {
  const { t, locale } = useLocale();
  const navigate = useNavigate();
  const buckets = useEngineQuery(async (client, as) => {
    const r = await client.call('s3:ListBuckets', {}, { as });
    return r.ok ? { ok: true, value: r.value.Buckets } : r;
  }, []);
  const items = buckets.value ?? [];
  const date = (d: Date) => d.toLocaleString(locale, { dateStyle: 'long', timeStyle: 'medium', timeZone: 'UTC' });
  const columns: SortableColumn<BucketRow>[] = [
    {
      id: 'name', header: t('s3.buckets.name'), sortingField: 'Name', sortText: (b) => b.Name, filterText: (b) => b.Name, isRowHeader: true,
      cell: (b) => <Link href={`/s3/buckets/${encodeURIComponent(b.Name)}`} onFollow={(e) => { e.preventDefault(); void navigate({ to: '/s3/buckets/$bucket', params: { bucket: b.Name } }); }}>{b.Name}</Link>,
    },
    { id: 'region', header: t('s3.buckets.region'), sortingField: 'BucketRegion', sortText: (b) => b.BucketRegion, filterText: (b) => b.BucketRegion, cell: (b) => t('s3.regionName', { region: b.BucketRegion }) },
    { id: 'created', header: t('s3.buckets.created'), sortingField: 'CreationDate', sortText: (b) => b.CreationDate.toISOString(), cell: (b) => date(b.CreationDate) },
  ];

  return (
    <DataTable<BucketRow>
      items={items}
      columns={columns}
      trackBy="Name"
      loading={buckets.status === 'loading'}
      error={buckets.error}
      label={t('s3.buckets.title')}
      filterPlaceholder={t('s3.buckets.filter')}
      empty={
        <Box textAlign="center" color="inherit">
          <Box variant="strong">{t('s3.buckets.empty')}</Box>
          <Box variant="p" color="text-body-secondary">{t('s3.buckets.emptyHelp')}</Box>
        </Box>
      }
      header={
        <Header
          variant="awsui-h1-sticky"
          counter={buckets.status === 'ok' ? `(${items.length})` : undefined}
          description={t('s3.buckets.description')}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button iconName="refresh" ariaLabel={t('s3.buckets.refresh')} onClick={buckets.refresh} />
              <Button variant="primary" onClick={() => void navigate({ to: '/s3/buckets/create' })}>{t('s3.create.title')}</Button>
            </SpaceBetween>
          }
        >
          {t('s3.buckets.title')}
        </Header>
      }
    />
  );
}
