/**
 * Filtering, sorting, pagination and preferences for a Cloudscape table of loaded items, the
 * way the console's tables behave: filter text matches any shown field, case-insensitively
 * (filterAndSort.ts).
 */
import type { CollectionPreferencesProps } from '@cloudscape-design/components/collection-preferences';
import type { TableProps } from '@cloudscape-design/components/table';
import { useMemo, useState } from 'react';
import { filterAndSort, type SortableColumn, type Sorting } from './filterAndSort.ts';

export type { SortableColumn } from './filterAndSort.ts';

export function useTableState<T>(items: readonly T[], columns: readonly SortableColumn<T>[], defaultPageSize = 10) {
  const [filter, setFilter] = useState('');
  const [sorting, setSorting] = useState<Sorting<T>>({ descending: false });
  const [page, setPage] = useState(1);
  const [preferences, setPreferences] = useState<CollectionPreferencesProps.Preferences>({
    pageSize: defaultPageSize,
    contentDisplay: columns.map((c) => ({ id: c.id, visible: true })),
  });

  // Recomputed only when the items, the filter or the sorting change; only one page is rendered.
  const filtered = useMemo(() => filterAndSort(items, columns, filter, sorting), [items, columns, filter, sorting]);
  const pageSize = preferences.pageSize ?? defaultPageSize;
  const pagesCount = Math.max(1, Math.ceil(filtered.length / pageSize));
  const current = Math.min(page, pagesCount);

  return {
    filter, filteredCount: filtered.length,
    setFilter: (text: string) => { setFilter(text); setPage(1); },
    pageItems: filtered.slice((current - 1) * pageSize, current * pageSize),
    pagination: { currentPageIndex: current, pagesCount, onChange: (index: number) => setPage(index) },
    sortingColumn: sorting.column, sortingDescending: sorting.descending,
    onSortingChange: (column: TableProps.SortingColumn<T>, descending: boolean) =>
      setSorting({ column: columns.find((c) => c.sortingField === column.sortingField || c === column), descending }),
    preferences, setPreferences,
  };
}
