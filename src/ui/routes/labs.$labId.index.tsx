import { createFileRoute } from '@tanstack/react-router';
import { LabPage } from '../lab/LabPage.tsx';

function LabRoute() {
  const { labId } = Route.useParams();
  return <LabPage labId={labId} />;
}

export const Route = createFileRoute('/labs/$labId/')({ component: LabRoute });
