/** Import an exported account: only a file that checks out completely replaces this one. */
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FileUpload from '@cloudscape-design/components/file-upload';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { AccountProblem } from '../../../client/persistence/accountControls.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { useNotify } from '../../hooks/useNotify.ts';
import { useSession } from '../../hooks/useSession.ts';

export function ImportPanel() {
  const { t } = useLocale();
  const { account } = useSession();
  const notify = useNotify();
  const [files, setFiles] = useState<File[]>([]);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<AccountProblem>();

  const load = async () => {
    const file = files[0];
    if (!file) return;
    setBusy(true);
    const result = await account.importAccount(file, passphrase);
    setBusy(false);
    if (!result.ok) return setProblem(result.error);
    setProblem(undefined);
    setFiles([]);
    setPassphrase('');
    notify.success('account.imported');
  };

  return (
    <Container header={<Header variant="h2" description={t('account.importHelp')}>{t('account.import')}</Header>}>
      <form onSubmit={(e) => { e.preventDefault(); void load(); }}>
        <SpaceBetween size="s">
          <FormField label={t('account.file')}>
            <FileUpload
              value={files}
              accept=".json,application/json"
              onChange={({ detail }) => { setFiles(detail.value); setProblem(undefined); }}
              i18nStrings={{
                uploadButtonText: () => t('account.chooseFile'),
                dropzoneText: () => t('account.dropFile'),
                removeFileAriaLabel: () => t('account.removeFile'),
                errorIconAriaLabel: t('app.error'),
              }}
            />
          </FormField>
          <FormField label={t('account.passphrase')}>
            <Input type="password" value={passphrase} onChange={({ detail }) => { setPassphrase(detail.value); setProblem(undefined); }} />
          </FormField>
          {problem && <Alert type="error" header={t('account.importRefused')}>{t(`account.problem.${problem}`)}</Alert>}
          <Button formAction="submit" loading={busy} disabled={files.length === 0 || !passphrase}>{t('account.importButton')}</Button>
        </SpaceBetween>
      </form>
    </Container>
  );
}
