/** The Permissions tab: Block public access, Bucket policy, Object Ownership and the ACL, each with Edit. */
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { TranslationKey } from '../../../../i18n/i18n.ts';
import { AwsErrorAlert } from '../../../components/AwsErrorAlert.tsx';
import { useEngineQuery } from '../../../hooks/useEngineQuery.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import { loadPermissions } from '../../../s3/s3Api.ts';
import { AclSummary } from './AclSummary.tsx';
import { BlockPublicAccessSummary } from './BlockPublicAccessSummary.tsx';
import { OwnershipSummary } from './OwnershipSummary.tsx';
import { PolicySummary } from './PolicySummary.tsx';

export type EditableSetting = 'block-public-access' | 'policy' | 'ownership' | 'acl' | 'encryption';

export function PermissionsTab({ bucket }: { bucket: string }) {
  const { t } = useLocale();
  const navigate = useNavigate();
  const perms = useEngineQuery((client, as) => loadPermissions(client, as, bucket), [bucket]);
  if (perms.status === 'error') return <AwsErrorAlert failure={perms.error} />;
  const p = perms.value;
  const section = (title: TranslationKey, help: TranslationKey, setting: EditableSetting, body: ReactNode) => (
    <Container
      header={
        <Header variant="h2" description={t(help)} actions={<Button ariaLabel={`${t('s3.edit')}: ${t(title)}`} onClick={() => void navigate({ to: '/s3/buckets/$bucket/edit/$setting', params: { bucket, setting } })}>{t('s3.edit')}</Button>}>
          {t(title)}
        </Header>
      }
    >
      {body}
    </Container>
  );

  return (
    <SpaceBetween size="l">
      {section('s3.bpa.tabTitle', 's3.bpa.description', 'block-public-access', p && <BlockPublicAccessSummary block={p.publicAccessBlock} />)}
      {section('s3.policy.title', 's3.policy.help', 'policy', p && <PolicySummary policy={p.policy} />)}
      {section('s3.ownership.label', 's3.create.ownershipHelp', 'ownership', p && <OwnershipSummary ownership={p.ownership} />)}
      {section('s3.acl.title', 's3.acl.help', 'acl', <AclSummary grants={p?.grants ?? []} ownership={p?.ownership} loading={!p} />)}
    </SpaceBetween>
  );
}
