/** The console's key lists: customer managed keys (with actions and Create key) or AWS managed keys. */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { DataTable } from '../../components/DataTable.tsx';
import { useEngineQuery } from '../../hooks/useEngineQuery.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { keyLabel, loadKeys, type KeyRow } from '../../kms/loadKeys.ts';
import { KeyActionsMenu } from './KeyActionsMenu.tsx';
import { useKeyColumns } from './keyColumns.tsx';

export function KeysTable({ manager }: { manager: 'CUSTOMER' | 'AWS' }) {
  const { t } = useLocale();
  const navigate = useNavigate();
  const keys = useEngineQuery((client, as) => loadKeys(client, as, manager), [manager]);
  const columns = useKeyColumns();
  const [selectedIds, setSelectedIds] = useState<readonly string[]>([]);
  const items = keys.value ?? [];
  const selected = items.filter((k) => selectedIds.includes(k.KeyId));
  const customer = manager === 'CUSTOMER';
  const title = t(customer ? 'keys.title' : 'keys.awsTitle');

  return (
    <DataTable<KeyRow>
      items={items}
      columns={columns}
      trackBy="KeyId"
      loading={keys.status === 'loading'}
      error={keys.error}
      label={title}
      filterPlaceholder={t('keys.filter')}
      selection={customer ? { type: 'multi', selected, onChange: (s) => setSelectedIds(s.map((k) => k.KeyId)), itemLabel: (k) => t('keys.select', { key: keyLabel(k) }) } : undefined}
      empty={
        <Box textAlign="center" color="inherit">
          <Box variant="strong">{t(customer ? 'keys.empty' : 'keys.awsEmpty')}</Box>
          <Box variant="p" color="text-body-secondary">{t(customer ? 'keys.emptyHelp' : 'keys.awsEmptyHelp')}</Box>
        </Box>
      }
      header={
        <Header
          variant="awsui-h1-sticky"
          counter={keys.status === 'ok' ? `(${items.length})` : undefined}
          description={t(customer ? 'keys.description' : 'keys.awsDescription')}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button iconName="refresh" ariaLabel={t('keys.refresh')} onClick={keys.refresh} />
              {customer && <KeyActionsMenu keys={selected} onDone={() => setSelectedIds([])} />}
              {customer && <Button variant="primary" onClick={() => void navigate({ to: '/kms/keys/create' })}>{t('wizard.title')}</Button>}
            </SpaceBetween>
          }
        >
          {title}
        </Header>
      }
    />
  );
}
