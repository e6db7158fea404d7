import { expect, it } from 'vitest';
import { filterAndSort, type SortableColumn } from './filterAndSort.ts';

type Row = { id: string; description: string };
const columns: SortableColumn<Row>[] = [
  { id: 'id', header: 'Key ID', cell: (r) => r.id, sortText: (r) => r.id, filterText: (r) => r.id },
  { id: 'description', header: 'Description', cell: (r) => r.description, sortText: (r) => r.description, filterText: (r) => r.description },
  { id: 'usage', header: 'Key usage', cell: () => 'Encrypt and decrypt' },
];
const rows: Row[] = [
  { id: 'b-2', description: 'Payroll' },
  { id: 'a-1', description: 'payments API' },
  { id: 'c-3', description: 'Logs' },
];

it('keeps the rows whose shown fields contain the filter text, ignoring case and surrounding spaces', () => {
  expect(filterAndSort(rows, columns, '  PAY ', { descending: false }).map((r) => r.id)).toEqual(['b-2', 'a-1']);
  expect(filterAndSort(rows, columns, 'c-3', { descending: false }).map((r) => r.id)).toEqual(['c-3']);
  // A column without filter text (Key usage) is not searched.
  expect(filterAndSort(rows, columns, 'encrypt', { descending: false })).toEqual([]);
});

it('sorts by the chosen column either way without reordering the loaded rows', () => {
  const byDescription = { column: columns[1], descending: false };
  expect(filterAndSort(rows, columns, '', byDescription).map((r) => r.description)).toEqual(['Logs', 'payments API', 'Payroll']);
  expect(filterAndSort(rows, columns, '', { ...byDescription, descending: true }).map((r) => r.id)).toEqual(['b-2', 'a-1', 'c-3']);
  expect(rows.map((r) => r.id)).toEqual(['b-2', 'a-1', 'c-3']);
});

it('matches within one field, never across two, however often the same rows are filtered', () => {
  // "3logs" would only be found across the id "c-3" and the description "Logs".
  for (let i = 0; i < 3; i++) {
    expect(filterAndSort(rows, columns, '3logs', { descending: false })).toEqual([]);
    expect(filterAndSort(rows, columns, 'logs', { descending: false }).map((r) => r.id)).toEqual(['c-3']);
  }
});
