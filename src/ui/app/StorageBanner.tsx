/**
 * Says plainly when the account is not being saved: storage unavailable, a write failed, or
 * another tab owns the account, with the way out for each.
 */
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import { useEffect, useState } from 'react';
import { useNavigate } from '@tanstack/react-router';
import { useLocale } from '../hooks/useLocale.ts';
import { useSession } from '../hooks/useSession.ts';

export function StorageBanner() {
  const { t } = useLocale();
  const { account } = useSession();
  const navigate = useNavigate();
  const [status, setStatus] = useState(account.storage);
  useEffect(() => account.subscribeStorage(setStatus), [account]);

  if (status.kind === 'memoryOnly' && status.reason === 'otherTab') {
    return (
      <Alert type="warning" header={t('storage.otherTabTitle')} action={<Button onClick={() => account.takeOver()}>{t('storage.takeOver')}</Button>}>
        {t('storage.otherTab')}
      </Alert>
    );
  }
  if (status.kind === 'memoryOnly' || status.kind === 'failed') {
    return (
      <Alert type="error" header={t('storage.failedTitle')} action={<Button onClick={() => void navigate({ to: '/account' })}>{t('storage.openAccount')}</Button>}>
        {status.kind === 'failed' ? t('storage.failed', { detail: status.detail }) : t('storage.unavailable')}
      </Alert>
    );
  }
  return null;
}
