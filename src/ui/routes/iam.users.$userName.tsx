import { createFileRoute } from '@tanstack/react-router';
import { UserDetailPage } from '../panels/iam/UserDetailPage.tsx';

function UserDetailPageRoute() {
  const { userName } = Route.useParams();
  // The name keys the page, so moving from one to another starts fresh.
  return <UserDetailPage key={userName} userName={userName} />;
}

export const Route = createFileRoute('/iam/users/$userName')({ component: UserDetailPageRoute });
