import { createFileRoute } from '@tanstack/react-router';
import { CreateRolePage } from '../panels/iam/CreateRolePage.tsx';

export const Route = createFileRoute('/iam/roles/create')({ component: CreateRolePage });
