/** Export the account to a file; key material in it is wrapped under a key from the passphrase. */
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useLocale } from '../../hooks/useLocale.ts';
import { useNotify } from '../../hooks/useNotify.ts';
import { useSession } from '../../hooks/useSession.ts';
import { MIN_PASSPHRASE } from './passphrase.ts';

export function ExportPanel() {
  const { t } = useLocale();
  const { account } = useSession();
  const notify = useNotify();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const tooShort = passphrase.length < MIN_PASSPHRASE;

  const download = async () => {
    setBusy(true);
    const file = await account.exportAccount(passphrase);
    setBusy(false);
    if (!file.ok) return notify.problem(file.error);
    const url = URL.createObjectURL(file.value);
    const a = Object.assign(document.createElement('a'), { href: url, download: 'kms-lab-account.json' });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    notify.success('account.exported');
    setPassphrase('');
  };

  return (
    <Container header={<Header variant="h2" description={t('account.exportHelp')}>{t('account.export')}</Header>}>
      <form onSubmit={(e) => { e.preventDefault(); void download(); }}>
        <SpaceBetween size="s">
          <FormField label={t('account.passphrase')} description={t('account.passphraseHelp', { min: MIN_PASSPHRASE })}>
            <Input type="password" value={passphrase} onChange={({ detail }) => setPassphrase(detail.value)} />
          </FormField>
          <Button formAction="submit" loading={busy} disabled={tooShort}>{t('account.exportButton')}</Button>
        </SpaceBetween>
      </form>
    </Container>
  );
}
