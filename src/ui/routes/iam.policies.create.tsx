import { createFileRoute } from '@tanstack/react-router';
import { CreatePolicyPage } from '../panels/iam/CreatePolicyPage.tsx';

export const Route = createFileRoute('/iam/policies/create')({ component: CreatePolicyPage });
