/**
 * "Retrieve access keys": the only time the secret access key is shown (IAM returns it from
 * CreateAccessKey and never again), with the console's warning next to it.
 */
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { OutputOf } from '../../../client/engineClient.ts';
import { CopyInline } from '../../components/CopyInline.tsx';
import { useLocale } from '../../hooks/useLocale.ts';

type NewKey = OutputOf<'iam:CreateAccessKey'>['AccessKey'];

export function NewAccessKeyModal({ accessKey, onClose }: { accessKey?: NewKey; onClose: () => void }) {
  const { t } = useLocale();
  return (
    <Modal
      visible={!!accessKey}
      onDismiss={onClose}
      size="medium"
      header={t('iam.retrieveKeys')}
      footer={<Box float="right"><Button variant="primary" onClick={onClose}>{t('iam.done')}</Button></Box>}
    >
      {accessKey && (
        <SpaceBetween size="m">
          <Alert type="warning">{t('iam.secretOnce')}</Alert>
          <KeyValuePairs columns={1} items={[
            { label: t('iam.accessKeyId'), value: <CopyInline text={accessKey.AccessKeyId} name={t('iam.accessKeyId')} /> },
            { label: t('iam.secretAccessKey'), value: <span data-testid="secret-access-key"><CopyInline text={accessKey.SecretAccessKey} name={t('iam.secretAccessKey')} /></span> },
          ]} />
        </SpaceBetween>
      )}
    </Modal>
  );
}
