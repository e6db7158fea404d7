/** An object's console page: Open, Object URL and Object actions; Object overview; Server-side encryption settings. */
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useState } from 'react';
import { AwsErrorDetails } from '../../../components/AwsErrorDetails.tsx';
import { isLogFileKey, LogFileViewer } from '../../../components/LogFileViewer.tsx';
import { useEngineQuery } from '../../../hooks/useEngineQuery.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import { loadObject } from '../../../s3/loadObject.ts';
import { EncryptionSummary } from '../bucket/EncryptionSummary.tsx';
import { MakePublicModal } from './MakePublicModal.tsx';
import { ObjectOverview } from './ObjectOverview.tsx';
import { useObjectUrls } from './useObjectUrls.ts';

export function ObjectPage({ bucket, objectKey }: { bucket: string; objectKey: string }) {
  const { t } = useLocale();
  const details = useEngineQuery((client, as) => loadObject(client, as, bucket, objectKey), [bucket, objectKey]);
  const urls = useObjectUrls(bucket, objectKey);
  const [makingPublic, setMakingPublic] = useState(false);
  const name = objectKey.slice(objectKey.lastIndexOf('/') + 1) || objectKey;

  if (details.status === 'loading') return <Spinner size="large" />;
  if (details.status === 'error') return <Alert type="error" header={details.error.code}><AwsErrorDetails failure={details.error} /></Alert>;
  const head = details.value.head;

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button iconName="external" iconAlign="right" onClick={() => void urls.open()}>{t('s3.object.open')}</Button>
              <Button iconName="external" iconAlign="right" href={urls.plainUrl} target="_blank">{t('s3.object.url')}</Button>
              <ButtonDropdown
                items={[{ id: 'make-public', text: t('s3.object.makePublic') }]}
                onItemClick={({ detail }) => detail.id === 'make-public' && setMakingPublic(true)}
              >
                {t('s3.object.actions')}
              </ButtonDropdown>
            </SpaceBetween>
          }
        >
          {name}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <ObjectOverview bucket={bucket} objectKey={objectKey} details={details.value} plainUrl={urls.plainUrl} />
        <Container header={<Header variant="h2">{t('s3.object.sse')}</Header>}>
          <EncryptionSummary algorithm={head.ServerSideEncryption} keyArn={'SSEKMSKeyId' in head ? head.SSEKMSKeyId : undefined} bucketKey={'BucketKeyEnabled' in head ? head.BucketKeyEnabled : false} />
        </Container>
        {/* A CloudTrail log file: its JSON, gunzipped, as the learner would read it after downloading. */}
        {isLogFileKey(objectKey) && (
          <Container header={<Header variant="h2">{t('cloudtrail.logFile')}</Header>}>
            <LogFileViewer bucket={bucket} objectKey={objectKey} />
          </Container>
        )}
      </SpaceBetween>
      {makingPublic && <MakePublicModal bucket={bucket} objectKey={objectKey} onClose={() => setMakingPublic(false)} />}
    </ContentLayout>
  );
}
