import { createFileRoute } from '@tanstack/react-router';
import { UsersPage } from '../panels/iam/UsersPage.tsx';

export const Route = createFileRoute('/iam/users/')({ component: UsersPage });
