/** Asks before something that changes the account for the learner ("Show me", jump, reset). */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLocale } from '../hooks/useLocale.ts';

export type ConfirmModalProps = {
  readonly title: string;
  readonly body: string;
  readonly confirm: string;
  readonly visible: boolean;
  onConfirm(): void;
  onCancel(): void;
};

export function ConfirmModal({ title, body, confirm, visible, onConfirm, onCancel }: ConfirmModalProps) {
  const { t } = useLocale();
  return (
    <Modal
      visible={visible}
      onDismiss={onCancel}
      header={title}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>{t('lab.showMe.cancel')}</Button>
            <Button variant="primary" onClick={onConfirm}>{confirm}</Button>
          </SpaceBetween>
        </Box>
      }
    >
      {body}
    </Modal>
  );
}
