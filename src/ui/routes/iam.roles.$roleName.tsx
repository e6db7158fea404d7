import { createFileRoute } from '@tanstack/react-router';
import { RoleDetailPage } from '../panels/iam/RoleDetailPage.tsx';

function RoleDetailPageRoute() {
  const { roleName } = Route.useParams();
  // The name keys the page, so moving from one to another starts fresh.
  return <RoleDetailPage key={roleName} roleName={roleName} />;
}

export const Route = createFileRoute('/iam/roles/$roleName')({ component: RoleDetailPageRoute });
