/** CloudTrail › Trails › name: General details, logging status with Start/Stop logging, and the event selectors. */
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { AwsErrorDetails } from '../../components/AwsErrorDetails.tsx';
import { JsonView } from '../../components/JsonView.tsx';
import { useEngineQuery } from '../../hooks/useEngineQuery.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { useNotify } from '../../hooks/useNotify.ts';
import { useOperation } from '../../hooks/useOperation.ts';

export function TrailDetailPage({ trailName }: { trailName: string }) {
  const { locale, t } = useLocale();
  const notify = useNotify();
  const { run, pending } = useOperation();
  const trail = useEngineQuery(async (client, as) => {
    const [got, status, selectors] = await Promise.all([
      client.call('cloudtrail:GetTrail', { Name: trailName }, { as }),
      client.call('cloudtrail:GetTrailStatus', { Name: trailName }, { as }),
      client.call('cloudtrail:GetEventSelectors', { TrailName: trailName }, { as }),
    ]);
    if (!got.ok) return got;
    if (!status.ok) return status;
    return { ok: true, value: { trail: got.value.Trail, status: status.value, selectors: selectors.ok ? selectors.value : undefined } };
  }, [trailName]);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  const when = (d?: Date) => (d ? date.format(d) : '-');

  if (trail.status === 'loading') return <Spinner size="large" />;
  if (trail.status === 'error') return <Alert type="error" header={trail.error.code}><AwsErrorDetails failure={trail.error} /></Alert>;
  const { trail: tr, status, selectors } = trail.value;
  const logging = !!status.IsLogging;
  const toggle = async () => {
    const r = await run(logging ? 'cloudtrail:StopLogging' : 'cloudtrail:StartLogging', { Name: trailName });
    if (r.ok) notify.success(logging ? 'cloudtrail.stopped' : 'cloudtrail.started', { name: trailName });
    else notify.error(r.error);
  };
  return (
    <ContentLayout header={<Header variant="h1" actions={<Button loading={pending} onClick={() => void toggle()}>{t(logging ? 'cloudtrail.stopLogging' : 'cloudtrail.startLogging')}</Button>}>{tr?.Name}</Header>}>
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">{t('cloudtrail.generalDetails')}</Header>}>
          <KeyValuePairs columns={3} items={[
            { label: t('cloudtrail.status'), value: <StatusIndicator type={logging ? 'success' : 'stopped'}>{t(logging ? 'cloudtrail.logging' : 'cloudtrail.notLogging')}</StatusIndicator> },
            { label: t('cloudtrail.bucket'), value: tr?.S3BucketName ?? '-' },
            { label: t('cloudtrail.sseKms'), value: tr?.KmsKeyId ?? t('cloudtrail.disabled') },
            { label: t('cloudtrail.latestDelivery'), value: when(status.LatestDeliveryTime) },
            { label: t('cloudtrail.startedAt'), value: when(status.StartLoggingTime) },
            { label: t('cloudtrail.stoppedAt'), value: when(status.StopLoggingTime) },
            ...(status.LatestDeliveryError ? [{ label: t('cloudtrail.deliveryError'), value: status.LatestDeliveryError }] : []),
            { label: 'ARN', value: tr?.TrailARN ?? '-' },
          ]} />
        </Container>
        <Container header={<Header variant="h2" description={t('cloudtrail.deliveryHelp')}>{t('cloudtrail.eventSelectors')}</Header>}>
          <JsonView json={JSON.stringify(selectors?.EventSelectors ?? selectors?.AdvancedEventSelectors ?? [], null, 2)} label={t('cloudtrail.eventSelectors')} />
        </Container>
      </SpaceBetween>
    </ContentLayout>
  );
}
