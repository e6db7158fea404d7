/**
 * Filtering, sorting, pagination and preferences for a Cloudscape table of loaded items, the
 * way the console's tables behave: filter text matches any shown field, case-insensitively.
 */
import type { CollectionPreferencesProps } from '@cloudscape-design/components/collection-preferences';
import type { TableProps } from '@cloudscape-design/components/table';
import { useState } from 'react';

export type SortableColumn<T> = TableProps.ColumnDefinition<T> & { readonly id: string; readonly sortText?: (item: T) => string; readonly filterText?: (item: T) => string };

export function useTableState<T>(items: readonly T[], columns: readonly SortableColumn<T>[], defaultPageSize = 10) {
  const [filter, setFilter] = useState('');
  const [sorting, setSorting] = useState<{ column?: SortableColumn<T>; descending: boolean }>({ descending: false });
  const [page, setPage] = useState(1);
  const [preferences, setPreferences] = useState<CollectionPreferencesProps.Preferences>({
    pageSize: defaultPageSize,
    contentDisplay: columns.map((c) => ({ id: c.id, visible: true })),
  });

  const needle = filter.trim().toLowerCase();
  const filtered = needle
    ? items.filter((item) => columns.some((c) => (c.filterText?.(item) ?? '').toLowerCase().includes(needle)))
    : [...items];
  const sortText = sorting.column?.sortText;
  if (sortText) {
    filtered.sort((a, b) => sortText(a).localeCompare(sortText(b)) * (sorting.descending ? -1 : 1));
  }
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
