/** Try it: Encrypt, GenerateDataKey and Decrypt against the learner's keys, side by side. */
import ColumnLayout from '@cloudscape-design/components/column-layout';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useEngineQuery } from '../../../hooks/useEngineQuery.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import { loadKeys } from '../../../kms/loadKeys.ts';
import { DecryptForm } from './DecryptForm.tsx';
import { EncryptForm, type DecryptDraft } from './EncryptForm.tsx';
import { GenerateDataKeyForm } from './GenerateDataKeyForm.tsx';

export function TryItPage() {
  const { t } = useLocale();
  const keys = useEngineQuery((client, as) => loadKeys(client, as, 'CUSTOMER'), []);
  // Each result hands Decrypt a fresh draft; the version remounts Decrypt with it.
  const [draft, setDraft] = useState<DecryptDraft & { version: number }>({ ciphertext: '', context: '', version: 0 });
  const handOver = (d: DecryptDraft) => setDraft((old) => ({ ...d, version: old.version + 1 }));
  const list = keys.value ?? [];
  return (
    <ContentLayout header={<Header variant="h1" description={t('crypto.pageDescription')}>{t('nav.tryIt')}</Header>}>
      <SpaceBetween size="l">
        <ColumnLayout columns={2}>
          <EncryptForm keys={list} onEncrypted={handOver} />
          <DecryptForm key={draft.version} draft={draft} />
        </ColumnLayout>
        <GenerateDataKeyForm keys={list} onGenerated={handOver} />
      </SpaceBetween>
    </ContentLayout>
  );
}
