/** The KMS page: the keys table, Create key, and Encrypt/Decrypt side by side. */
import ColumnLayout from '@cloudscape-design/components/column-layout';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { CreateKeyForm } from './CreateKeyForm.tsx';
import { DecryptForm } from './DecryptForm.tsx';
import { EncryptForm, type DecryptDraft } from './EncryptForm.tsx';
import { KeysTable } from './KeysTable.tsx';
import { SessionSummary } from './SessionSummary.tsx';
import type { Notify } from './hooks/useFlashes.ts';
import { useKeys } from './hooks/useKeys.ts';
import { useLocale } from './hooks/useLocale.ts';

export function ConsolePage({ notify }: { notify: Notify }) {
  const { t } = useLocale();
  const keys = useKeys();
  // Each encryption hands Decrypt a fresh draft; the version remounts Decrypt with it.
  const [draft, setDraft] = useState<DecryptDraft & { version: number }>({ ciphertext: '', context: '', version: 0 });

  return (
    <ContentLayout header={<Header variant="h1" description={<SessionSummary />}>{t('app.service')}</Header>}>
      <SpaceBetween size="l">
        <KeysTable keys={keys} onRefresh={keys.refresh} notify={notify} />
        <CreateKeyForm notify={notify} />
        <ColumnLayout columns={2}>
          <EncryptForm keys={keys.keys} onEncrypted={(d) => setDraft((old) => ({ ...d, version: old.version + 1 }))} />
          <DecryptForm key={draft.version} draft={draft} />
        </ColumnLayout>
      </SpaceBetween>
    </ContentLayout>
  );
}
