/** CloudTrail › Trails: DescribeTrails, with each trail's logging status from GetTrailStatus. */
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { CallFailure, EngineClient, OutputOf } from '../../../client/engineClient.ts';
import type { Result } from '../../../shared/result.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { useEngineQuery } from '../../hooks/useEngineQuery.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { ListPage } from '../../components/ListPage.tsx';

type TrailRow = NonNullable<OutputOf<'cloudtrail:DescribeTrails'>['trailList']>[number] & { readonly logging: boolean };

async function loadTrails(client: EngineClient, as: string): Promise<Result<TrailRow[], CallFailure>> {
  const r = await client.call('cloudtrail:DescribeTrails', {}, { as });
  if (!r.ok) return r;
  const rows: TrailRow[] = [];
  for (const trail of r.value.trailList ?? []) {
    const status = await client.call('cloudtrail:GetTrailStatus', { Name: trail.Name ?? '' }, { as });
    rows.push({ ...trail, logging: status.ok && !!status.value.IsLogging });
  }
  return { ok: true, value: rows };
}

export function TrailsPage() {
  const { t } = useLocale();
  const trails = useEngineQuery(loadTrails, []);
  return (
    <ListPage<TrailRow>
      title={t('cloudtrail.trails')} description={t('cloudtrail.trailsHelp')}
      items={trails.value ?? []} status={trails.status} error={trails.error} refresh={trails.refresh}
      trackBy="TrailARN" createLabel={t('cloudtrail.createTrail')} createHref="/cloudtrail/trails/create"
      empty={t('cloudtrail.noTrails')} filterPlaceholder={t('cloudtrail.filterTrails')}
      columns={[
        { id: 'name', header: t('cloudtrail.trailName'), cell: (r) => <AppLink href={`/cloudtrail/trails/${encodeURIComponent(r.Name ?? '')}`}>{r.Name}</AppLink>, sortingField: 'Name', sortText: (r) => r.Name ?? '', filterText: (r) => r.Name ?? '' },
        { id: 'region', header: t('cloudtrail.homeRegion'), cell: (r) => r.HomeRegion ?? '-' },
        { id: 'bucket', header: t('cloudtrail.bucket'), cell: (r) => r.S3BucketName ?? '-', filterText: (r) => r.S3BucketName ?? '' },
        { id: 'status', header: t('cloudtrail.status'), cell: (r) => <StatusIndicator type={r.logging ? 'success' : 'stopped'}>{t(r.logging ? 'cloudtrail.logging' : 'cloudtrail.notLogging')}</StatusIndicator> },
      ]}
    />
  );
}
