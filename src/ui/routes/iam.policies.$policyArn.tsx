import { createFileRoute } from '@tanstack/react-router';
import { PolicyDetailPage } from '../panels/iam/PolicyDetailPage.tsx';

function PolicyDetailPageRoute() {
  const { policyArn } = Route.useParams();
  // The name keys the page, so moving from one to another starts fresh.
  return <PolicyDetailPage key={policyArn} policyArn={policyArn} />;
}

export const Route = createFileRoute('/iam/policies/$policyArn')({ component: PolicyDetailPageRoute });
