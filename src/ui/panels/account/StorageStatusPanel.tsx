/** Where the account lives and whether the last change is saved. */
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useEffect, useState } from 'react';
import { useLocale } from '../../hooks/useLocale.ts';
import { useSession } from '../../hooks/useSession.ts';

export function StorageStatusPanel() {
  const { locale, t } = useLocale();
  const { account } = useSession();
  const [status, setStatus] = useState(account.storage);
  useEffect(() => account.subscribeStorage(setStatus), [account]);
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'medium' });
  return (
    <Container header={<Header variant="h2" description={t('account.storageHelp')}>{t('account.storage')}</Header>}>
      {status.kind === 'saved' && <StatusIndicator type="success">{t('account.saved', { time: time.format(status.at) })}</StatusIndicator>}
      {status.kind === 'saving' && <StatusIndicator type="in-progress">{t('account.saving')}</StatusIndicator>}
      {status.kind === 'memoryOnly' && <StatusIndicator type="warning">{t(status.reason === 'otherTab' ? 'storage.otherTab' : 'storage.unavailable')}</StatusIndicator>}
      {status.kind === 'failed' && <StatusIndicator type="error">{t('storage.failed', { detail: status.detail })}</StatusIndicator>}
    </Container>
  );
}
