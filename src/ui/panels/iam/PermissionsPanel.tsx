/** The "Permissions" tab of a user or role: attached and inline policies, Add permissions, Remove. */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import { AppLink } from '../../components/AppLink.tsx';
import { AwsErrorAlert } from '../../components/AwsErrorAlert.tsx';
import { JsonView } from '../../components/JsonView.tsx';
import { useEngineQuery } from '../../hooks/useEngineQuery.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { isAwsManaged, prettyPolicy, type AttachedPolicy } from '../../iam/iamApi.ts';
import { AttachPoliciesModal } from './AttachPoliciesModal.tsx';
import { loadPermissions, usePrincipalPolicies, type PolicyHolder } from './usePrincipalPolicies.ts';

export function PermissionsPanel({ holder }: { holder: PolicyHolder }) {
  const { t } = useLocale();
  const permissions = useEngineQuery((client, as) => loadPermissions(client, as, holder), [holder.kind, holder.name]);
  const { detach, pending } = usePrincipalPolicies(holder);
  const [selected, setSelected] = useState<readonly AttachedPolicy[]>([]);
  const [adding, setAdding] = useState(false);
  const attached = permissions.value?.attached ?? [];
  const inline = permissions.value?.inline ?? [];

  return (
    <SpaceBetween size="l">
      <Table<AttachedPolicy>
        items={attached}
        trackBy="PolicyArn"
        loading={permissions.status === 'loading'}
        loadingText={t('table.loading')}
        selectionType="multi"
        selectedItems={selected as AttachedPolicy[]}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        ariaLabels={{ tableLabel: t('iam.permissionsPolicies'), selectionGroupLabel: t('iam.permissionsPolicies'), allItemsSelectionLabel: () => t('table.selectAll'), itemSelectionLabel: (_, p) => p.PolicyName }}
        empty={permissions.error ? <AwsErrorAlert failure={permissions.error} /> : <Box textAlign="center" color="inherit">{t('iam.noAttached')}</Box>}
        header={
          <Header
            variant="h2"
            counter={`(${attached.length + inline.length})`}
            description={t('iam.permissionsHelp')}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={selected.length === 0} loading={pending} onClick={() => void (async () => { for (const p of selected) await detach(p); setSelected([]); })()}>{t('iam.remove')}</Button>
                <Button variant="primary" onClick={() => setAdding(true)}>{t('iam.addPermissions')}</Button>
              </SpaceBetween>
            }
          >
            {t('iam.permissionsPolicies')}
          </Header>
        }
        columnDefinitions={[
          { id: 'name', header: t('iam.policyName'), cell: (p) => <AppLink href={`/iam/policies/${encodeURIComponent(p.PolicyArn)}`}>{p.PolicyName}</AppLink> },
          { id: 'type', header: t('iam.type'), cell: (p) => t(isAwsManaged(p.PolicyArn) ? 'iam.awsManaged' : 'iam.customerManaged') },
          { id: 'via', header: t('iam.attachedVia'), cell: () => t('iam.attachedDirectly') },
        ]}
      />
      {inline.map((p) => (
        <ExpandableSection key={p.PolicyName} variant="container" headerText={`${p.PolicyName} (${t('iam.inline')})`}>
          <JsonView json={prettyPolicy(p.document)} label={p.PolicyName} />
        </ExpandableSection>
      ))}
      <AttachPoliciesModal holder={holder} attached={attached.map((p) => p.PolicyArn)} visible={adding} onClose={() => setAdding(false)} />
    </SpaceBetween>
  );
}
