import { createFileRoute } from '@tanstack/react-router';
import { BucketPage, type BucketTab } from '../panels/s3/bucket/BucketPage.tsx';

const TABS: readonly BucketTab[] = ['objects', 'properties', 'permissions'];

function BucketRoute() {
  const { bucket } = Route.useParams();
  const { tab, prefix } = Route.useSearch();
  return <BucketPage key={bucket} bucket={bucket} tab={tab ?? 'objects'} prefix={prefix ?? ''} />;
}

export const Route = createFileRoute('/s3/buckets/$bucket/')({
  // The console keeps the tab and the folder in the address, so a reload or a link lands there.
  validateSearch: (search: Record<string, unknown>): { tab?: BucketTab; prefix?: string } => ({
    ...(TABS.includes(search.tab as BucketTab) ? { tab: search.tab as BucketTab } : {}),
    ...(typeof search.prefix === 'string' && search.prefix ? { prefix: search.prefix } : {}),
  }),
  component: BucketRoute,
});
