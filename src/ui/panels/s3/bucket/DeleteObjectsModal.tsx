/** Delete objects, confirmed by typing "permanently delete" as the console asks. */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useLocale } from '../../../hooks/useLocale.ts';
import { useNotify } from '../../../hooks/useNotify.ts';
import { useOperation } from '../../../hooks/useOperation.ts';

type Props = { readonly bucket: string; readonly keys: readonly string[]; readonly onClose: (deleted: boolean) => void };

export function DeleteObjectsModal({ bucket, keys, onClose }: Props) {
  const { t } = useLocale();
  const notify = useNotify();
  const { run, pending } = useOperation();
  const [typed, setTyped] = useState('');
  const word = t('s3.objects.deleteWord');

  const remove = async () => {
    for (const Key of keys) {
      const r = await run('s3:DeleteObject', { Bucket: bucket, Key });
      if (!r.ok) return notify.error(r.error);
    }
    notify.success('s3.objects.deleted', { count: keys.length });
    onClose(true);
  };

  return (
    <Modal
      visible
      onDismiss={() => onClose(false)}
      header={t('s3.objects.deleteTitle')}
      closeAriaLabel={t('app.close')}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => onClose(false)}>{t('app.cancel')}</Button>
            <Button variant="primary" disabled={typed !== word} loading={pending} onClick={() => void remove()}>{t('s3.objects.deleteButton')}</Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box variant="p">{t('s3.objects.deleteText')}</Box>
        <Box variant="code">{keys.join('\n')}</Box>
        <FormField label={t('s3.objects.deletePrompt', { word })}>
          <Input value={typed} placeholder={word} onChange={({ detail }) => setTyped(detail.value)} />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
