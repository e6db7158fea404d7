import { createFileRoute } from '@tanstack/react-router';
import { PoliciesPage } from '../panels/iam/PoliciesPage.tsx';

export const Route = createFileRoute('/iam/policies/')({ component: PoliciesPage });
