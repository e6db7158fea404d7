/** The Aliases tab: the key's aliases (ListAliases with KeyId), Create alias and Delete. */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import { useEngineQuery } from '../../../hooks/useEngineQuery.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import { useNotify } from '../../../hooks/useNotify.ts';
import { useOperation } from '../../../hooks/useOperation.ts';
import { loadAliases } from '../../../kms/loadKeys.ts';
import { AwsErrorAlert } from '../../../components/AwsErrorAlert.tsx';
import { aliasNameOf } from '../create/wizardState.ts';

export function AliasesTab({ keyId }: { keyId: string }) {
  const { t } = useLocale();
  const notify = useNotify();
  const { run, pending } = useOperation();
  const aliases = useEngineQuery((client, as) => loadAliases(client, as, keyId), [keyId]);
  const [selected, setSelected] = useState<string>();
  const [name, setName] = useState('');
  const items = aliases.value ?? [];

  const create = async () => {
    const r = await run('kms:CreateAlias', { AliasName: aliasNameOf(name), TargetKeyId: keyId });
    if (!r.ok) return notify.error(r.error);
    notify.success('aliases.created', { alias: aliasNameOf(name) });
    setName('');
  };
  const remove = async (aliasName: string) => {
    const r = await run('kms:DeleteAlias', { AliasName: aliasName });
    if (!r.ok) return notify.error(r.error);
    notify.success('aliases.deleted', { alias: aliasName });
    setSelected(undefined);
  };

  return (
    <SpaceBetween size="l">
      <Table
        variant="container"
        items={items}
        trackBy="AliasName"
        loading={aliases.status === 'loading'}
        loadingText={t('table.loading')}
        selectionType="single"
        selectedItems={items.filter((a) => a.AliasName === selected)}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems[0]?.AliasName)}
        ariaLabels={{ tableLabel: t('keys.aliases'), selectionGroupLabel: t('keys.aliases'), itemSelectionLabel: (_, a) => t('keys.select', { key: a.AliasName }) }}
        empty={aliases.error ? <AwsErrorAlert failure={aliases.error} /> : <Box textAlign="center">{t('aliases.none')}</Box>}
        header={<Header variant="h2" counter={`(${items.length})`} actions={
          <Button disabled={!selected} loading={pending} onClick={() => selected && void remove(selected)}>{t('aliases.delete')}</Button>
        }>{t('keys.aliases')}</Header>}
        columnDefinitions={[
          { id: 'name', header: t('create.alias'), cell: (a) => a.AliasName },
          { id: 'arn', header: 'ARN', cell: (a) => a.AliasArn },
        ]}
      />
      <form onSubmit={(e) => { e.preventDefault(); void create(); }}>
        <SpaceBetween direction="horizontal" size="xs" alignItems="end">
          <FormField label={t('aliases.new')} description={t('create.aliasHelp')}>
            <Input value={name} onChange={({ detail }) => setName(detail.value)} />
          </FormField>
          <Button formAction="submit" disabled={!name.trim()} loading={pending}>{t('aliases.create')}</Button>
        </SpaceBetween>
      </form>
    </SpaceBetween>
  );
}
