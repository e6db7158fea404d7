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

/**
 * Each item's searchable text (its shown fields, lower-cased, kept apart by a character no one
 * types), made once per column set: typing into a filter box re-filters on every key, and
 * 100,000 loaded events would otherwise be lower-cased again each time.
 */
const haystacks = new WeakMap<readonly SortableColumn<never>[], WeakMap<object, string>>();

function haystackOf<T>(columns: readonly SortableColumn<T>[]): (item: T) => string {
  const fields = columns.flatMap((c) => (c.filterText ? [c.filterText] : []));
  const compute = (item: T) => fields.map((text) => text(item).toLowerCase()).join('\u0000');
  let cache = haystacks.get(columns as readonly SortableColumn<never>[]);
  if (!cache) haystacks.set(columns as readonly SortableColumn<never>[], (cache = new WeakMap()));
  const memo = cache;
  return (item) => {
    if (typeof item !== 'object' || item === null) return compute(item);
    let text = memo.get(item);
    if (text === undefined) memo.set(item, (text = compute(item)));
    return text;
  };
}

export function filterAndSort<T>(items: readonly T[], columns: readonly SortableColumn<T>[], filter: string, sorting: Sorting<T>): T[] {
  const needle = filter.trim().toLowerCase();
  const haystack = haystackOf(columns);
  const filtered = needle ? items.filter((item) => haystack(item).includes(needle)) : [...items];
  const sortText = sorting.column?.sortText;
  if (!sortText) return filtered;
  // Each item's sort text is computed once, not once per comparison.
  const direction = sorting.descending ? -1 : 1;
  return filtered
    .map((item) => ({ item, text: sortText(item) }))
    .sort((a, b) => collator.compare(a.text, b.text) * direction)
    .map(({ item }) => item);
}
