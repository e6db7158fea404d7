/**
 * IAM › Policies › name › Policy versions: every saved version, newest first, with the one in
 * force marked. A customer managed policy can be rolled back (Set as default) or tidied
 * (Delete, never the default: IAM answers DeleteConflict).
 */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import type { TranslationKey } from '../../../i18n/i18n.ts';
import type { OutputOf } from '../../../client/engineClient.ts';
import { AwsErrorAlert } from '../../components/AwsErrorAlert.tsx';
import { useEngineQuery } from '../../hooks/useEngineQuery.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { useNotify } from '../../hooks/useNotify.ts';
import { useOperation } from '../../hooks/useOperation.ts';
import { listIam } from '../../iam/iamApi.ts';

type Version = NonNullable<OutputOf<'iam:ListPolicyVersions'>['Versions']>[number];

export function PolicyVersionsPanel({ policyArn, editable }: { readonly policyArn: string; readonly editable: boolean }) {
  const { locale, t } = useLocale();
  const notify = useNotify();
  const { run, pending } = useOperation();
  const [selected, setSelected] = useState<Version[]>([]);
  const versions = useEngineQuery((client, as) => listIam(
    (Marker) => client.call('iam:ListPolicyVersions', { PolicyArn: policyArn, ...(Marker ? { Marker } : {}) }, { as }),
    (page) => page.Versions ?? [],
  ), [policyArn]);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const chosen = selected[0];

  const act = async (operation: 'iam:SetDefaultPolicyVersion' | 'iam:DeletePolicyVersion', done: TranslationKey) => {
    if (!chosen?.VersionId) return;
    const r = await run(operation, { PolicyArn: policyArn, VersionId: chosen.VersionId });
    if (!r.ok) return notify.error(r.error);
    notify.success(done, { version: chosen.VersionId });
    setSelected([]);
  };

  return (
    <Table<Version>
      items={versions.value ?? []}
      trackBy="VersionId"
      loading={versions.status === 'loading'}
      loadingText={t('table.loading')}
      selectionType={editable ? 'single' : undefined}
      selectedItems={selected}
      onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
      ariaLabels={{ tableLabel: t('iam.policyVersions'), selectionGroupLabel: t('iam.policyVersions'), itemSelectionLabel: (_, v) => v.VersionId ?? '' }}
      empty={versions.error ? <AwsErrorAlert failure={versions.error} /> : <Box textAlign="center" color="inherit">{t('iam.noPolicyVersions')}</Box>}
      header={
        <Header variant="h2" counter={versions.value ? `(${versions.value.length})` : undefined} actions={editable ? (
          <SpaceBetween direction="horizontal" size="xs">
            <Button disabled={!chosen || chosen.IsDefaultVersion} loading={pending} onClick={() => void act('iam:DeletePolicyVersion', 'iam.policyVersionDeleted')}>{t('iam.delete')}</Button>
            <Button disabled={!chosen || chosen.IsDefaultVersion} loading={pending} onClick={() => void act('iam:SetDefaultPolicyVersion', 'iam.policyVersionSetDefault')}>{t('iam.setAsDefault')}</Button>
          </SpaceBetween>
        ) : undefined}>{t('iam.policyVersions')}</Header>
      }
      columnDefinitions={[
        { id: 'version', header: t('iam.version'), cell: (v) => (v.IsDefaultVersion ? `${v.VersionId} ${t('iam.defaultSuffix')}` : v.VersionId) },
        { id: 'default', header: t('iam.defaultVersion'), cell: (v) => (v.IsDefaultVersion ? <StatusIndicator type="success">{t('iam.yes')}</StatusIndicator> : '-') },
        { id: 'created', header: t('iam.created'), cell: (v) => (v.CreateDate ? date.format(v.CreateDate) : '-') },
      ]}
    />
  );
}
