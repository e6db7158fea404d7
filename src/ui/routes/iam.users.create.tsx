import { createFileRoute } from '@tanstack/react-router';
import { CreateUserPage } from '../panels/iam/CreateUserPage.tsx';

export const Route = createFileRoute('/iam/users/create')({ component: CreateUserPage });
