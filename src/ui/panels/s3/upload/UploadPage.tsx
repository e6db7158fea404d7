/**
 * Upload: files, the destination, and the Properties section's server-side encryption, laid out
 * as the S3 User Guide's "Uploading objects" describes the console: "Do not specify an encryption
 * key" (the default), or "Specify an encryption key" and then, under "Encryption settings", the
 * bucket's default or an override (SSE-S3 or SSE-KMS with a key of yours or an ARN, and the Bucket
 * Key). Only an override sends x-amz-server-side-encryption headers. Each file is one PutObject.
 * DSSE-KMS is not offered: the engine's PutObject does not take aws:kms:dsse yet.
 */
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FileUpload from '@cloudscape-design/components/file-upload';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useLocale } from '../../../hooks/useLocale.ts';
import { useNotify } from '../../../hooks/useNotify.ts';
import { useOperation } from '../../../hooks/useOperation.ts';
import { DEFAULT_CHOICE, isComplete, toObjectEncryption } from '../../../s3/encryptionChoice.ts';
import { s3Uri } from '../../../s3/s3Api.ts';
import { EncryptionFields } from '../fields/EncryptionFields.tsx';

export function UploadPage({ bucket, prefix }: { bucket: string; prefix: string }) {
  const { t } = useLocale();
  const navigate = useNavigate();
  const notify = useNotify();
  const { run, pending } = useOperation();
  const [files, setFiles] = useState<File[]>([]);
  const [specify, setSpecify] = useState(false);
  const [override, setOverride] = useState(false);
  const overriding = specify && override;
  const [choice, setChoice] = useState({ ...DEFAULT_CHOICE, bucketKey: false });
  const [submitted, setSubmitted] = useState(false);
  const back = () => void navigate({ to: '/s3/buckets/$bucket', params: { bucket }, search: { tab: 'objects', prefix } });

  const upload = async () => {
    setSubmitted(true);
    if (files.length === 0 || (overriding && !isComplete(choice))) return;
    for (const file of files) {
      // protocols.md §2: the bytes, not the File (a Blob is not what the SDK or the engine expects).
      const Body = new Uint8Array(await file.arrayBuffer());
      const sse = overriding ? toObjectEncryption(choice) : {};
      const result = await run('s3:PutObject', { Bucket: bucket, Key: prefix + file.name, Body, ContentType: file.type || 'binary/octet-stream', ...sse });
      if (!result.ok) return notify.error(result.error);
    }
    notify.success('s3.upload.succeeded', { count: files.length, bucket });
    back();
  };

  return (
    <ContentLayout header={<Header variant="h1" description={t('s3.upload.description')}>{t('s3.upload.title')}</Header>}>
      <form onSubmit={(e) => { e.preventDefault(); void upload(); }}>
        <Form
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button formAction="none" variant="link" onClick={back}>{t('app.cancel')}</Button>
              <Button variant="primary" loading={pending}>{t('s3.upload.title')}</Button>
            </SpaceBetween>
          }
        >
          <SpaceBetween size="l">
            <Container header={<Header variant="h2">{t('s3.upload.files')}</Header>}>
              <FormField label={t('s3.upload.files')} errorText={submitted && files.length === 0 ? t('s3.upload.noFiles') : undefined}>
                <FileUpload
                  multiple
                  value={files}
                  onChange={({ detail }) => setFiles(detail.value)}
                  showFileSize
                  showFileLastModified
                  i18nStrings={{
                    uploadButtonText: () => t('s3.upload.addFiles'),
                    dropzoneText: () => t('s3.upload.dropFiles'),
                    removeFileAriaLabel: (i) => `${t('s3.upload.removeFile')} ${files[i]?.name ?? ''}`,
                    limitShowFewer: t('s3.upload.fewer'),
                    limitShowMore: t('s3.upload.more'),
                    errorIconAriaLabel: t('app.error'),
                  }}
                />
              </FormField>
            </Container>
            <Container header={<Header variant="h2">{t('s3.upload.destination')}</Header>}>
              <KeyValuePairs items={[{ label: t('s3.upload.destination'), value: s3Uri(bucket, prefix) }]} />
            </Container>
            <Container>
              <ExpandableSection headerText={t('s3.upload.properties')} headerDescription={t('s3.upload.propertiesHelp')} variant="default" defaultExpanded={false}>
                <SpaceBetween size="l">
                  <FormField label={t('s3.upload.sse')} stretch>
                    <RadioGroup
                      ariaLabel={t('s3.upload.sse')}
                      value={specify ? 'specify' : 'none'}
                      onChange={({ detail }) => setSpecify(detail.value === 'specify')}
                      items={[{ value: 'none', label: t('s3.upload.noKey') }, { value: 'specify', label: t('s3.upload.specifyKey') }]}
                    />
                  </FormField>
                  {specify && (
                    <FormField label={t('s3.upload.encryptionSettings')} stretch>
                      <RadioGroup
                        ariaLabel={t('s3.upload.encryptionSettings')}
                        value={override ? 'override' : 'bucket'}
                        onChange={({ detail }) => setOverride(detail.value === 'override')}
                        items={[{ value: 'bucket', label: t('s3.upload.useBucket') }, { value: 'override', label: t('s3.upload.override') }]}
                      />
                    </FormField>
                  )}
                  {overriding && <EncryptionFields value={choice} onChange={setChoice} showErrors={submitted} />}
                </SpaceBetween>
              </ExpandableSection>
            </Container>
          </SpaceBetween>
        </Form>
      </form>
    </ContentLayout>
  );
}
