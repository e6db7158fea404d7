/**
 * What a console table shows of its loaded items: those whose shown fields contain the filter
 * text (case-insensitively), sorted by one column. Pure, so useTableState can memoize it and
 * the benchmark can time it (bench/tableScaleBench.ts).
 */
import type { TableProps } from '@cloudscape-design/components/table';

export type SortableColumn<T> = TableProps.ColumnDefinition<T> & { readonly id: string; readonly sortText?: (item: T) => string; readonly filterText?: (item: T) => string };

export type Sorting<T> = { readonly column?: SortableColumn<T>; readonly descending: boolean };

// One collator for every comparison: String.prototype.localeCompare builds its rules on each call.
const collator = new Intl.Collator();

export function filterAndSort<T>(items: readonly T[], columns: readonly SortableColumn<T>[], filter: string, sorting: Sorting<T>): T[] {
  const needle = filter.trim().toLowerCase();
  const fields = columns.flatMap((c) => (c.filterText ? [c.filterText] : []));
  const filtered = needle ? items.filter((item) => fields.some((text) => text(item).toLowerCase().includes(needle))) : [...items];
  const sortText = sorting.column?.sortText;
  if (!sortText) return filtered;
  // Each item's sort text is computed once, not once per comparison.
  const direction = sorting.descending ? -1 : 1;
  return filtered
    .map((item) => ({ item, text: sortText(item) }))
    .sort((a, b) => collator.compare(a.text, b.text) * direction)
    .map(({ item }) => item);
}
