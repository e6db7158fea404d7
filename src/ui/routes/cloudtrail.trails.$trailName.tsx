import { createFileRoute } from '@tanstack/react-router';
import { TrailDetailPage } from '../panels/cloudtrail/TrailDetailPage.tsx';

function TrailDetailPageRoute() {
  const { trailName } = Route.useParams();
  // The name keys the page, so moving from one to another starts fresh.
  return <TrailDetailPage key={trailName} trailName={trailName} />;
}

export const Route = createFileRoute('/cloudtrail/trails/$trailName')({ component: TrailDetailPageRoute });
