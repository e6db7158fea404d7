/** Reset the account: every key, alias and record goes; the lab starts over as on a first visit. */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useLocale } from '../../hooks/useLocale.ts';
import { useNotify } from '../../hooks/useNotify.ts';
import { useSession } from '../../hooks/useSession.ts';

export function ResetPanel() {
  const { t } = useLocale();
  const { account } = useSession();
  const notify = useNotify();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);

  const reset = async () => {
    setBusy(true);
    const result = await account.reset();
    setBusy(false);
    setAsking(false);
    if (result.ok) notify.success('account.resetDone');
    else notify.problem(result.error);
  };

  return (
    <Container header={<Header variant="h2" description={t('account.resetHelp')}>{t('account.reset')}</Header>}>
      <Button onClick={() => setAsking(true)}>{t('account.resetButton')}</Button>
      <Modal
        visible={asking}
        onDismiss={() => setAsking(false)}
        header={t('account.resetConfirmTitle')}
        footer={
          <Box float="right">
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" onClick={() => setAsking(false)}>{t('app.cancel')}</Button>
              <Button variant="primary" loading={busy} onClick={() => void reset()}>{t('account.resetButton')}</Button>
            </SpaceBetween>
          </Box>
        }
      >
        {t('account.resetConfirm')}
      </Modal>
    </Container>
  );
}
