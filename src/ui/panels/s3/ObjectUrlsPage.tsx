/**
 * The public-URL lesson in the console: a bucket, an upload with SSE-S3 or SSE-KMS, and the
 * object opened in real browser tabs. The console's S3 pages are meant to absorb these panels.
 */
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useLocale } from '../../hooks/useLocale.ts';
import { BucketPanel } from './BucketPanel.tsx';
import { ObjectPanel } from './ObjectPanel.tsx';
import { UploadPanel } from './UploadPanel.tsx';

export function ObjectUrlsPage() {
  const { t } = useLocale();
  const [bucket, setBucket] = useState('lab-images');
  const [objectKey, setObjectKey] = useState('');
  const chooseBucket = (next: string) => {
    setBucket(next);
    setObjectKey('');
  };
  return (
    <ContentLayout header={<Header variant="h1" description={t('s3objects.description')}>{t('s3objects.title')}</Header>}>
      <SpaceBetween size="l">
        <BucketPanel bucket={bucket} onBucketChange={chooseBucket} />
        <UploadPanel bucket={bucket} onUploaded={setObjectKey} />
        {bucket && <ObjectPanel bucket={bucket} objectKey={objectKey} onObjectChange={setObjectKey} />}
      </SpaceBetween>
    </ContentLayout>
  );
}
