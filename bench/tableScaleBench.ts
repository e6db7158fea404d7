/**
 * Tables at scale (ISSUE 5 "Tables stay responsive with 1,000 keys and 100,000 CloudTrail
 * events"): the calls the console's tables make and the filtering they do in memory, each
 * timed as the median of a few runs and judged against 100 ms. Also what saving an account
 * with 100,000 events costs (the endpoint's --state file and the browser's snapshot).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInProcessClient } from '../src/client/engineClient.ts';
import { snapshotAccount, type Account } from '../src/engine/index.ts';
import { toLookupEvent } from '../src/engine/cloudtrail/lookupAttribute.ts';
import { saveAccount } from '../src/node/stateFile.ts';
import { lookupPage, type Lookup } from '../src/ui/cloudtrail/eventHistory.ts';
import { filterAndSort, type SortableColumn } from '../src/ui/components/filterAndSort.ts';
import { keyLabel, loadKeys, type KeyRow } from '../src/ui/kms/loadKeys.ts';
import { accountWithHistory, accountWithKeys } from './largeAccount.ts';

const ADMIN_ARN = 'arn:aws:iam::111122223333:user/Admin';
const BUDGET_MS = 100;

async function median(run: () => unknown, times = 5): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    ms.push(performance.now() - start);
  }
  return ms.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

function line(label: string, ms: number, judged = true) {
  const verdict = !judged ? '' : `   under ${BUDGET_MS} ms: ${ms < BUDGET_MS ? 'yes' : 'NO'}`;
  console.log(`  ${label.padEnd(74)}${ms.toFixed(1).padStart(8)} ms${verdict}`);
}

function column<T>(id: string, filterText: (item: T) => string, sortText?: (item: T) => string): SortableColumn<T> {
  return { id, header: id, cell: filterText, filterText, ...(sortText ? { sortText } : {}) };
}

// The filter and sort texts of the console's key table (src/ui/panels/kms/keyColumns.tsx).
const keyColumns: SortableColumn<KeyRow>[] = [
  column('aliases', (k) => k.aliases.join(' '), keyLabel),
  column('keyId', (k) => k.KeyId, (k) => k.KeyId),
  column('status', (k) => `${k.KeyState} Enabled`, (k) => k.KeyState),
  column('spec', (k) => k.KeySpec),
  column('description', (k) => k.Description, (k) => k.Description),
];

async function keysTable(): Promise<void> {
  const account = await accountWithKeys(1000);
  const client = createInProcessClient(account, ADMIN_ARN);
  console.log('\nKMS keys table, 1,000 customer managed keys (in process, as the console calls):');
  line('ListKeys (every page) + DescribeKey for one page of 10', await median(async () => {
    const keys: { KeyId: string }[] = [];
    let Marker: string | undefined;
    do {
      const r = await client.call('kms:ListKeys', Marker ? { Marker } : {});
      if (!r.ok) throw new Error(r.error.code);
      keys.push(...r.value.Keys);
      Marker = r.value.Truncated ? r.value.NextMarker : undefined;
    } while (Marker);
    await Promise.all(keys.slice(0, 10).map(({ KeyId }) => client.call('kms:DescribeKey', { KeyId })));
  }));
  let rows: KeyRow[] = [];
  line('the table\'s load today: ListKeys + ListAliases + 1,000 DescribeKey', await median(async () => {
    const r = await loadKeys(client, ADMIN_ARN, 'CUSTOMER');
    if (r.ok) rows = r.value;
  }, 3), false);
  line(`filter "payroll" + sort by alias over ${rows.length} rows (useTableState)`, await median(() => filterAndSort(rows, keyColumns, 'payroll', { column: keyColumns[0], descending: false })));
  line(`filter "no such key" over ${rows.length} rows (useTableState)`, await median(() => filterAndSort(rows, keyColumns, 'no such key', { descending: false })));
}

async function eventHistory(account: Account): Promise<void> {
  const client = createInProcessClient(account, ADMIN_ARN);
  const lookup = (l: Lookup, token?: string) => async () => {
    const r = await lookupPage(client, ADMIN_ARN, l, token);
    if (!r.ok) throw new Error(r.error.code);
    return r.value;
  };
  const count = account.state.cloudtrail.events.length.toLocaleString('en-US');
  console.log(`\nCloudTrail Event history, ${count} events over 89 days (LookupEvents, 50 a page, as the page asks):`);
  line('EventName = Encrypt, last 7 days, first page', await median(lookup({ key: 'EventName', value: 'Encrypt', range: '7d' })));
  const first = await lookup({ key: 'EventName', value: 'Encrypt', range: 'all' })();
  line('EventName = Encrypt, all 90 days, next page (NextToken)', await median(lookup({ key: 'EventName', value: 'Encrypt', range: 'all' }, first.next)));
  line('EventName = CreateKey (1 in 1,000), all 90 days, first page', await median(lookup({ key: 'EventName', value: 'CreateKey', range: 'all' })));
  line('EventName matching nothing, all 90 days (scans every event)', await median(lookup({ key: 'EventName', value: 'NoSuchEvent', range: 'all' })));
  // If a table held every event in memory and filtered it as useTableState does (it does not today).
  const rows = account.state.cloudtrail.events.map((r) => ({ EventId: r.eventID, EventName: r.eventName, EventSource: r.eventSource, Username: 'Admin' }));
  const columns = (['EventName', 'EventSource', 'Username'] as const).map((id) => column<(typeof rows)[number]>(id, (e) => e[id]));
  line(`text filter "generatedatakey" over ${count} loaded events (useTableState)`, await median(() => filterAndSort(rows, columns, 'generatedatakey', { descending: false })));
  line('one page of 50 LookupEvents entries with their CloudTrailEvent JSON', await median(() => account.state.cloudtrail.events.slice(-50).map(toLookupEvent)));
}

async function saveCost(account: Account): Promise<void> {
  const count = account.state.cloudtrail.events.length.toLocaleString('en-US');
  console.log(`\nSaving an account with ${count} events (once per burst of changes: both savers debounce):`);
  line('browser: snapshotAccount (structured clone, before IndexedDB\'s own)', await median(() => snapshotAccount(account), 3), false);
  const dir = mkdtempSync(join(tmpdir(), 'kms-lab-bench-'));
  const file = join(dir, 'account.json');
  line('endpoint --state: saveAccount (JSON + atomic write)', await median(() => saveAccount(account, file), 3), false);
  console.log(`  state file: ${(statSync(file).size / 1e6).toFixed(1)} MB`);
  rmSync(dir, { recursive: true, force: true });
}

export async function reportTableScaleBench(): Promise<void> {
  await keysTable();
  // npm run bench passes --expose-gc: without a collection on both sides the difference can even be negative.
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  const history = await accountWithHistory(100_000);
  collect();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  await eventHistory(history);
  console.log(`  memory held by the 100,000 records: about ${heapMb.toFixed(0)} MB of heap`);
  await saveCost(history);
}
