/** The bucket steps of the public-URL lesson: create it, turn off Block Public Access, enable ACLs. */
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TranslationKey } from '../../../i18n/i18n.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { useNotify } from '../../hooks/useNotify.ts';
import { useOperation } from '../../hooks/useOperation.ts';

type Props = { readonly bucket: string; readonly onBucketChange: (bucket: string) => void };

export function BucketPanel({ bucket, onBucketChange }: Props) {
  const { t } = useLocale();
  const notify = useNotify();
  const { run, pending } = useOperation();
  const report = (done: TranslationKey) => (result: { ok: true } | { ok: false; error: Parameters<typeof notify.error>[0] }) =>
    result.ok ? notify.success(done, { bucket }) : notify.error(result.error);

  return (
    <Container header={<Header variant="h2">{t('s3objects.bucket')}</Header>}>
      <SpaceBetween size="s">
        <FormField label={t('s3objects.bucketName')}>
          <Input value={bucket} onChange={({ detail }) => onBucketChange(detail.value.trim())} />
        </FormField>
        <SpaceBetween direction="horizontal" size="xs">
          <Button disabled={pending || !bucket} onClick={() => void run('s3:CreateBucket', { Bucket: bucket }).then(report('s3objects.bucketCreated'))}>
            {t('s3objects.createBucket')}
          </Button>
          <Button disabled={pending || !bucket} onClick={() => void run('s3:DeletePublicAccessBlock', { Bucket: bucket }).then(report('s3objects.blockTurnedOff'))}>
            {t('s3objects.blockOff')}
          </Button>
          <Button
            disabled={pending || !bucket}
            onClick={() => void run('s3:PutBucketOwnershipControls', { Bucket: bucket, OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] } }).then(report('s3objects.aclsEnabled'))}
          >
            {t('s3objects.enableAcls')}
          </Button>
        </SpaceBetween>
      </SpaceBetween>
    </Container>
  );
}
