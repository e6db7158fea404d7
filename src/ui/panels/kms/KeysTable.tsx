/** The customer managed keys table, with Enable and Disable for the selected key. */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import { useState } from 'react';
import { AwsErrorAlert } from './AwsErrorAlert.tsx';
import { KeyStatus } from './KeyStatus.tsx';
import type { Notify } from './hooks/useFlashes.ts';
import type { KeysState } from './hooks/useKeys.ts';
import { useLocale } from './hooks/useLocale.ts';
import { useOperation } from './hooks/useOperation.ts';
import { keyLabel, toDate, type KeyRow } from './kms/loadKeys.ts';

type Props = { keys: KeysState; onRefresh: () => void; notify: Notify };

export function KeysTable({ keys, onRefresh, notify }: Props) {
  const { locale, t } = useLocale();
  const { run, pending } = useOperation();
  const [selectedId, setSelectedId] = useState<string>();
  const selected = keys.keys.find((k) => k.KeyId === selectedId);
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });

  const setEnabled = async (key: KeyRow, enable: boolean) => {
    const result = await run(enable ? 'kms:EnableKey' : 'kms:DisableKey', { KeyId: key.KeyId });
    if (result.ok) notify.success(enable ? 'keys.enabled' : 'keys.disabled', { key: keyLabel(key) });
    else notify.error(result.error);
  };

  const columns: TableProps.ColumnDefinition<KeyRow>[] = [
    { id: 'aliases', header: t('keys.aliases'), cell: (k) => k.aliases.join(', ') || '-' },
    { id: 'keyId', header: t('keys.keyId'), cell: (k) => <Box variant="code">{k.KeyId}</Box> },
    { id: 'status', header: t('keys.status'), cell: (k) => <KeyStatus state={k.KeyState} /> },
    { id: 'type', header: t('keys.keyType'), cell: () => t('keys.symmetric') },
    { id: 'description', header: t('keys.keyDescription'), cell: (k) => k.Description || '-' },
    { id: 'created', header: t('keys.created'), cell: (k) => { const d = toDate(k.CreationDate); return d ? dateFormat.format(d) : '-'; } },
  ];

  return (
    <SpaceBetween size="s">
      {keys.error && <AwsErrorAlert failure={keys.error} />}
      <Table
        variant="container"
        items={keys.keys as KeyRow[]}
        columnDefinitions={columns}
        trackBy="KeyId"
        loading={keys.loading}
        loadingText={t('keys.loading')}
        selectionType="single"
        selectedItems={selected ? [selected] : []}
        onSelectionChange={({ detail }) => setSelectedId(detail.selectedItems[0]?.KeyId)}
        ariaLabels={{
          itemSelectionLabel: (_, k) => t('keys.select', { key: keyLabel(k) }),
          allItemsSelectionLabel: () => t('keys.selectAll'),
          selectionGroupLabel: t('keys.title'),
          tableLabel: t('keys.title'),
        }}
        empty={
          <Box textAlign="center" color="inherit">
            <Box variant="strong">{t('keys.empty')}</Box>
            <Box variant="p" color="text-body-secondary">{t('keys.emptyHelp')}</Box>
          </Box>
        }
        header={
          <Header
            counter={keys.loading ? undefined : `(${keys.keys.length})`}
            description={t('keys.description')}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button iconName="refresh" ariaLabel={t('keys.refresh')} onClick={onRefresh} />
                <Button disabled={!selected || selected.KeyState !== 'Enabled' || pending} onClick={() => selected && setEnabled(selected, false)}>
                  {t('keys.disable')}
                </Button>
                <Button disabled={!selected || selected.KeyState !== 'Disabled' || pending} onClick={() => selected && setEnabled(selected, true)}>
                  {t('keys.enable')}
                </Button>
              </SpaceBetween>
            }
          >
            {t('keys.title')}
          </Header>
        }
      />
    </SpaceBetween>
  );
}
