import { createFileRoute } from '@tanstack/react-router';
import { RolesPage } from '../panels/iam/RolesPage.tsx';

export const Route = createFileRoute('/iam/roles/')({ component: RolesPage });
