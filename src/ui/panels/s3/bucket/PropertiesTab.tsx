/** The Properties tab: Bucket overview and Default encryption (with Edit). */
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useNavigate } from '@tanstack/react-router';
import { AwsErrorAlert } from '../../../components/AwsErrorAlert.tsx';
import { useEngineQuery } from '../../../hooks/useEngineQuery.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import { bucketArn, orNotSet } from '../../../s3/s3Api.ts';
import { EncryptionSummary } from './EncryptionSummary.tsx';

export function PropertiesTab({ bucket }: { bucket: string }) {
  const { t, locale } = useLocale();
  const navigate = useNavigate();
  const props = useEngineQuery(async (client, as) => {
    const [list, encryption] = await Promise.all([client.call('s3:ListBuckets', {}, { as }), client.call('s3:GetBucketEncryption', { Bucket: bucket }, { as }).then(orNotSet)]);
    if (!list.ok) return list;
    if (!encryption.ok) return encryption;
    const row = list.value.Buckets.find((b) => b.Name === bucket);
    return { ok: true, value: { row, rule: encryption.value?.ServerSideEncryptionConfiguration.Rules[0] } };
  }, [bucket]);
  if (props.status === 'error') return <AwsErrorAlert failure={props.error} />;
  const row = props.value?.row;

  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">{t('s3.bucket.overview')}</Header>}>
        <KeyValuePairs
          columns={3}
          items={[
            { label: t('s3.buckets.region'), value: row ? t('s3.regionName', { region: row.BucketRegion }) : '-' },
            { label: t('s3.object.arn'), value: bucketArn(bucket) },
            { label: t('s3.buckets.created'), value: row ? row.CreationDate.toLocaleString(locale, { dateStyle: 'long', timeStyle: 'medium', timeZone: 'UTC' }) : '-' },
          ]}
        />
      </Container>
      <Container
        header={
          <Header variant="h2" description={t('s3.encryption.help')} actions={<Button onClick={() => void navigate({ to: '/s3/buckets/$bucket/edit/$setting', params: { bucket, setting: 'encryption' } })}>{t('s3.edit')}</Button>}>
            {t('s3.encryption.title')}
          </Header>
        }
      >
        <EncryptionSummary algorithm={props.value?.rule?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm} keyArn={props.value?.rule?.ApplyServerSideEncryptionByDefault?.KMSMasterKeyID} bucketKey={props.value?.rule?.BucketKeyEnabled} />
      </Container>
    </SpaceBetween>
  );
}
