/** The frame the IAM and CloudTrail consoles' lists share: title with count, refresh and a Create button, then the table. */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useNavigate } from '@tanstack/react-router';
import type { CallFailure } from '../../client/engineClient.ts';
import { DataTable } from './DataTable.tsx';
import type { SortableColumn } from './useTableState.ts';
import { useLocale } from '../hooks/useLocale.ts';

type Props<T> = {
  readonly title: string;
  readonly description: string;
  readonly items: readonly T[];
  readonly columns: readonly SortableColumn<T>[];
  readonly trackBy: keyof T & string;
  readonly status: 'loading' | 'ok' | 'error';
  readonly error?: CallFailure;
  readonly refresh: () => void;
  readonly createLabel: string;
  readonly createHref: string;
  readonly empty: string;
  readonly filterPlaceholder: string;
};

export function ListPage<T>(p: Props<T>) {
  const { t } = useLocale();
  const navigate = useNavigate();
  return (
    <DataTable<T>
      items={p.items}
      columns={p.columns}
      trackBy={p.trackBy}
      loading={p.status === 'loading'}
      error={p.error}
      label={p.title}
      filterPlaceholder={p.filterPlaceholder}
      empty={<Box textAlign="center" color="inherit"><Box variant="strong">{p.empty}</Box></Box>}
      header={
        <Header
          variant="awsui-h1-sticky"
          counter={p.status === 'ok' ? `(${p.items.length})` : undefined}
          description={p.description}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button iconName="refresh" ariaLabel={t('keys.refresh')} onClick={p.refresh} />
              <Button variant="primary" onClick={() => void navigate({ to: p.createHref })}>{p.createLabel}</Button>
            </SpaceBetween>
          }
        >
          {p.title}
        </Header>
      }
    />
  );
}
