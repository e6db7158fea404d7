/** Upload one file (or the lab's sample image) with SSE-S3 or SSE-KMS, as PutObject does. */
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FileUpload from '@cloudscape-design/components/file-upload';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useLocale } from '../../hooks/useLocale.ts';
import { useNotify } from '../../hooks/useNotify.ts';
import { useOperation } from '../../hooks/useOperation.ts';

/** Shipped in public/ for the upload steps. */
const SAMPLE_IMAGE = '/sample-key.png';

type Encryption = 'AES256' | 'aws:kms';

async function sampleImage(): Promise<File> {
  const response = await fetch(SAMPLE_IMAGE);
  return new File([await response.blob()], 'sample-key.png', { type: 'image/png' });
}

export function UploadPanel({ bucket, onUploaded }: { readonly bucket: string; readonly onUploaded: (key: string) => void }) {
  const { t } = useLocale();
  const notify = useNotify();
  const { run, pending } = useOperation();
  const [files, setFiles] = useState<File[]>([]);
  const [encryption, setEncryption] = useState<Encryption>('AES256');
  const [kmsKey, setKmsKey] = useState('');

  const upload = async (file: File) => {
    const sse = encryption === 'aws:kms' ? { ServerSideEncryption: 'aws:kms' as const, ...(kmsKey.trim() ? { SSEKMSKeyId: kmsKey.trim() } : {}) } : { ServerSideEncryption: 'AES256' as const };
    const body = new Uint8Array(await file.arrayBuffer());
    const result = await run('s3:PutObject', { Bucket: bucket, Key: file.name, Body: body, ContentType: file.type || 'application/octet-stream', ...sse });
    if (!result.ok) return notify.error(result.error);
    notify.success('s3objects.uploaded', { key: file.name });
    setFiles([]);
    onUploaded(file.name);
  };

  return (
    <Container header={<Header variant="h2" description={t('s3objects.uploadHelp')}>{t('s3objects.upload')}</Header>}>
      <SpaceBetween size="s">
        <FormField label={t('s3objects.file')}>
          <FileUpload
            value={files}
            onChange={({ detail }) => setFiles(detail.value)}
            i18nStrings={{
              uploadButtonText: () => t('s3objects.chooseFile'),
              dropzoneText: () => t('s3objects.dropFile'),
              removeFileAriaLabel: () => t('s3objects.removeFile'),
              errorIconAriaLabel: t('app.error'),
            }}
          />
        </FormField>
        <FormField label={t('s3objects.encryption')}>
          <RadioGroup
            value={encryption}
            onChange={({ detail }) => setEncryption(detail.value as Encryption)}
            items={[{ value: 'AES256', label: t('s3objects.sseS3') }, { value: 'aws:kms', label: t('s3objects.sseKms') }]}
          />
        </FormField>
        {encryption === 'aws:kms' && (
          <FormField label={t('s3objects.kmsKey')} description={t('s3objects.kmsKeyHelp')}>
            <Input value={kmsKey} onChange={({ detail }) => setKmsKey(detail.value)} />
          </FormField>
        )}
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="primary" disabled={pending || !bucket || files.length === 0} onClick={() => files[0] && void upload(files[0])}>
            {t('s3objects.uploadButton')}
          </Button>
          <Button disabled={pending || !bucket} onClick={() => void sampleImage().then(upload)}>{t('s3objects.useSample')}</Button>
        </SpaceBetween>
      </SpaceBetween>
    </Container>
  );
}
