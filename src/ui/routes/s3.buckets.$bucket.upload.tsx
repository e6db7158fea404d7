import { createFileRoute } from '@tanstack/react-router';
import { UploadPage } from '../panels/s3/upload/UploadPage.tsx';

function UploadRoute() {
  const { bucket } = Route.useParams();
  const { prefix } = Route.useSearch();
  return <UploadPage bucket={bucket} prefix={prefix ?? ''} />;
}

export const Route = createFileRoute('/s3/buckets/$bucket/upload')({
  validateSearch: (search: Record<string, unknown>): { prefix?: string } => (typeof search.prefix === 'string' && search.prefix ? { prefix: search.prefix } : {}),
  component: UploadRoute,
});
