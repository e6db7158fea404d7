/**
 * A console table: text filter, sortable columns, pagination, preferences (page size, visible
 * columns), and its loading, empty, no-match and error states.
 */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import CollectionPreferences from '@cloudscape-design/components/collection-preferences';
import Pagination from '@cloudscape-design/components/pagination';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import type { ReactNode } from 'react';
import type { CallFailure } from '../../client/engineClient.ts';
import { useLocale } from '../hooks/useLocale.ts';
import { AwsErrorAlert } from './AwsErrorAlert.tsx';
import { useTableState, type SortableColumn } from './useTableState.ts';

type Props<T> = {
  readonly items: readonly T[];
  readonly columns: readonly SortableColumn<T>[];
  readonly trackBy: keyof T & string;
  readonly loading: boolean;
  readonly error?: CallFailure;
  readonly header: ReactNode;
  readonly label: string;
  readonly empty: ReactNode;
  readonly filterPlaceholder: string;
  readonly selection?: {
    readonly type: 'single' | 'multi';
    readonly selected: readonly T[];
    readonly onChange: (items: readonly T[]) => void;
    readonly itemLabel: (item: T) => string;
  };
};

export function DataTable<T>(p: Props<T>) {
  const { t } = useLocale();
  const table = useTableState(p.items, p.columns);
  const empty = p.error ? <AwsErrorAlert failure={p.error} /> : table.filter && p.items.length > 0 ? (
    <Box textAlign="center" color="inherit">
      <Box variant="strong">{t('table.noMatch')}</Box>
      <Button onClick={() => table.setFilter('')}>{t('table.clearFilter')}</Button>
    </Box>
  ) : p.empty;

  return (
    <Table<T>
      variant="full-page"
      items={table.pageItems}
      columnDefinitions={p.columns as TableProps.ColumnDefinition<T>[]}
      columnDisplay={table.preferences.contentDisplay as TableProps.ColumnDisplayProperties[]}
      trackBy={p.trackBy}
      loading={p.loading}
      loadingText={t('table.loading')}
      empty={empty}
      header={p.header}
      sortingColumn={table.sortingColumn}
      sortingDescending={table.sortingDescending}
      onSortingChange={({ detail }) => table.onSortingChange(detail.sortingColumn, !!detail.isDescending)}
      {...(p.selection ? {
        selectionType: p.selection.type,
        selectedItems: p.selection.selected as T[],
        onSelectionChange: ({ detail }: { detail: TableProps.SelectionChangeDetail<T> }) => p.selection?.onChange(detail.selectedItems),
      } : {})}
      ariaLabels={{
        tableLabel: p.label,
        selectionGroupLabel: p.label,
        allItemsSelectionLabel: () => t('table.selectAll'),
        itemSelectionLabel: (_, item) => p.selection?.itemLabel(item) ?? '',
      }}
      filter={
        <TextFilter
          filteringText={table.filter}
          filteringPlaceholder={p.filterPlaceholder}
          filteringAriaLabel={p.filterPlaceholder}
          countText={table.filter ? t('table.matches', { count: table.filteredCount }) : undefined}
          onChange={({ detail }) => table.setFilter(detail.filteringText)}
        />
      }
      pagination={
        <Pagination
          currentPageIndex={table.pagination.currentPageIndex}
          pagesCount={table.pagination.pagesCount}
          onChange={({ detail }) => table.pagination.onChange(detail.currentPageIndex)}
        />
      }
      preferences={
        <CollectionPreferences
          title={t('table.preferences')}
          confirmLabel={t('app.confirm')}
          cancelLabel={t('app.cancel')}
          preferences={table.preferences}
          onConfirm={({ detail }) => table.setPreferences(detail)}
          pageSizePreference={{ title: t('table.pageSize'), options: [10, 20, 50, 100].map((value) => ({ value, label: String(value) })) }}
          contentDisplayPreference={{
            title: t('table.columns'),
            options: p.columns.map((c) => ({ id: c.id, label: typeof c.header === 'string' ? c.header : c.id, alwaysVisible: c.id === p.columns[0]?.id })),
          }}
        />
      }
    />
  );
}
