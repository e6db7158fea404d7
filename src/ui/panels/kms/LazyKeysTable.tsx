/**
 * The customer managed keys table as the first page shows it: its code (Cloudscape's Table,
 * the collection preferences, pagination) is fetched when the route matches, beside the
 * engine, instead of before the console's first paint; the table shows once both are here.
 */
import { lazy, Suspense } from 'react';
import { LoadingContent } from '../../app/ClientGate.tsx';
import type * as KeysTableModule from './KeysTable.tsx';

let pending: Promise<typeof KeysTableModule> | undefined;

export const preloadKeysTable = (): Promise<typeof KeysTableModule> => (pending ??= import('./KeysTable.tsx'));

const KeysTable = lazy(() => preloadKeysTable().then((m) => ({ default: m.KeysTable })));

export function LazyKeysTable({ manager }: { readonly manager: 'CUSTOMER' | 'AWS' }) {
  return (
    <Suspense fallback={<LoadingContent />}>
      <KeysTable manager={manager} />
    </Suspense>
  );
}
