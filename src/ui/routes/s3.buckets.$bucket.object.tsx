import { createFileRoute } from '@tanstack/react-router';
import { ObjectPage } from '../panels/s3/object/ObjectPage.tsx';

function ObjectRoute() {
  const { bucket } = Route.useParams();
  const { key } = Route.useSearch();
  return <ObjectPage key={`${bucket}/${key}`} bucket={bucket} objectKey={key} />;
}

export const Route = createFileRoute('/s3/buckets/$bucket/object')({
  // Keys may hold slashes and any character, so they travel in the query, as in the console.
  validateSearch: (search: Record<string, unknown>): { key: string } => ({ key: typeof search.key === 'string' ? search.key : String(search.key ?? '') }),
  component: ObjectRoute,
});
