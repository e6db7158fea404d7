import { createFileRoute } from '@tanstack/react-router';
import { KeyDetailPage } from '../panels/kms/key/KeyDetailPage.tsx';

function KeyRoute() {
  const { keyId } = Route.useParams();
  // The key id keys the page, so moving from one key to another starts fresh.
  return <KeyDetailPage key={keyId} keyId={keyId} />;
}

export const Route = createFileRoute('/kms/keys/$keyId')({ component: KeyRoute });
