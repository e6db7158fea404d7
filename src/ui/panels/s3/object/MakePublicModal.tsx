/**
 * "Make public using ACL": PutObjectAcl public-read, after the console's warning. S3 answers
 * AccessControlListNotSupported while ACLs are disabled and AccessDenied while Block Public
 * Access blocks public ACLs; the flash shows S3's answer and why.
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { CallFailure } from '../../../../client/engineClient.ts';
import { AwsErrorAlert } from '../../../components/AwsErrorAlert.tsx';
import { useLocale } from '../../../hooks/useLocale.ts';
import { useNotify } from '../../../hooks/useNotify.ts';
import { useOperation } from '../../../hooks/useOperation.ts';

type Props = { readonly bucket: string; readonly objectKey: string; readonly onClose: () => void };

export function MakePublicModal({ bucket, objectKey, onClose }: Props) {
  const { t } = useLocale();
  const notify = useNotify();
  const { run, pending } = useOperation();
  const [failure, setFailure] = useState<CallFailure>();

  const makePublic = async () => {
    const result = await run('s3:PutObjectAcl', { Bucket: bucket, Key: objectKey, ACL: 'public-read' });
    if (!result.ok) {
      setFailure(result.error);
      return notify.error(result.error);
    }
    notify.success('s3.object.madePublic', { key: objectKey });
    onClose();
  };

  return (
    <Modal
      visible
      onDismiss={onClose}
      header={t('s3.object.makePublicTitle')}
      closeAriaLabel={t('app.close')}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onClose}>{t('app.cancel')}</Button>
            <Button variant="primary" loading={pending} onClick={() => void makePublic()}>{t('s3.object.makePublicButton')}</Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Alert type="warning">{t('s3.object.makePublicText')}</Alert>
        <Box variant="code">{`s3://${bucket}/${objectKey}`}</Box>
        {failure && <AwsErrorAlert failure={failure} />}
      </SpaceBetween>
    </Modal>
  );
}
