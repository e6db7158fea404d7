import { createFileRoute } from '@tanstack/react-router';
import { LazyKeysTable, preloadKeysTable } from '../panels/kms/LazyKeysTable.tsx';

// The first page: the table's code starts loading as the route matches, while the engine does.
export const Route = createFileRoute('/kms/keys/')({
  loader: () => void preloadKeysTable(),
  component: () => <LazyKeysTable manager="CUSTOMER" />,
});
