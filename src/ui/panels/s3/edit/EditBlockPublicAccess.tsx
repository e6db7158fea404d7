/** Edit Block public access (bucket settings), saved after the console's "confirm" dialog. */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useLocale } from '../../../hooks/useLocale.ts';
import type { PublicAccessBlock } from '../../../s3/s3Api.ts';
import { BlockPublicAccessFields } from '../fields/BlockPublicAccessFields.tsx';
import { EditFrame } from './EditFrame.tsx';
import { useBucketEdit } from './useBucketEdit.ts';

/** The console asks for this English word in every language. */
const CONFIRM_WORD = 'confirm';

export function EditBlockPublicAccess({ bucket, current }: { bucket: string; current: PublicAccessBlock }) {
  const { t } = useLocale();
  const edit = useBucketEdit(bucket, 'permissions');
  const [block, setBlock] = useState(current);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const save = () => void edit.save(edit.run('s3:PutPublicAccessBlock', { Bucket: bucket, PublicAccessBlockConfiguration: block }), 's3.bpa.saved');

  return (
    <>
      <EditFrame title={t('s3.bpa.editTitle')} description={t('s3.bpa.description')} pending={edit.pending} onCancel={edit.back} onSave={() => setConfirming(true)}>
        <BlockPublicAccessFields value={block} onChange={setBlock} />
      </EditFrame>
      <Modal
        visible={confirming}
        onDismiss={() => setConfirming(false)}
        header={t('s3.bpa.confirmTitle')}
        closeAriaLabel={t('app.close')}
        footer={
          <Box float="right">
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" onClick={() => setConfirming(false)}>{t('app.cancel')}</Button>
              <Button variant="primary" disabled={typed !== CONFIRM_WORD} loading={edit.pending} onClick={save}>{t('app.confirm')}</Button>
            </SpaceBetween>
          </Box>
        }
      >
        <SpaceBetween size="m">
          <Box variant="p">{t('s3.bpa.confirmText')}</Box>
          <FormField label={t('s3.bpa.confirmPrompt', { word: CONFIRM_WORD })}>
            <Input value={typed} placeholder={CONFIRM_WORD} onChange={({ detail }) => setTyped(detail.value)} />
          </FormField>
        </SpaceBetween>
      </Modal>
    </>
  );
}
