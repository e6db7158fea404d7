/** A key's console page: General configuration, then the tabs, with Key actions in the header. */
import Alert from '@cloudscape-design/components/alert';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Tabs from '@cloudscape-design/components/tabs';
import { AwsErrorDetails } from '../../../components/AwsErrorDetails.tsx';
import { useEngineQuery } from '../../../hooks/useEngineQuery.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import { keyLabel } from '../../../kms/loadKeys.ts';
import { KeyActionsMenu } from '../KeyActionsMenu.tsx';
import { AliasesTab } from './AliasesTab.tsx';
import { CryptoConfigTab } from './CryptoConfigTab.tsx';
import { GeneralConfiguration } from './GeneralConfiguration.tsx';
import { KeyPolicyTab } from './KeyPolicyTab.tsx';
import { loadKey } from './loadKey.ts';
import { RotationTab } from './RotationTab.tsx';
import { TagsTab } from './TagsTab.tsx';

export function KeyDetailPage({ keyId }: { keyId: string }) {
  const { t } = useLocale();
  const key = useEngineQuery((client, as) => loadKey(client, as, keyId), [keyId]);

  if (key.status === 'loading') return <Spinner size="large" />;
  if (key.status === 'error') {
    return (
      <Alert type="error" header={key.error.code} action={<Link href="/kms/keys">{t('nav.customerKeys')}</Link>}>
        <AwsErrorDetails failure={key.error} />
      </Alert>
    );
  }
  const k = key.value;
  return (
    <ContentLayout header={<Header variant="h1" actions={<KeyActionsMenu keys={[k]} />}>{keyLabel(k)}</Header>}>
      <SpaceBetween size="l">
        <GeneralConfiguration keyRow={k} />
        <Tabs
          ariaLabel={t('detail.tabs')}
          tabs={[
            { id: 'policy', label: t('policy.title'), content: <KeyPolicyTab keyId={k.KeyId} /> },
            { id: 'crypto', label: t('detail.crypto'), content: <CryptoConfigTab keyRow={k} /> },
            { id: 'tags', label: t('wizard.tags'), content: <TagsTab keyId={k.KeyId} /> },
            { id: 'rotation', label: t('rotation.title'), content: <RotationTab keyId={k.KeyId} /> },
            { id: 'aliases', label: t('keys.aliases'), content: <AliasesTab keyId={k.KeyId} /> },
          ]}
        />
      </SpaceBetween>
    </ContentLayout>
  );
}
