import { createFileRoute } from '@tanstack/react-router';
import { KeysTable } from '../panels/kms/KeysTable.tsx';

export const Route = createFileRoute('/kms/aws-managed-keys')({ component: () => <KeysTable manager="AWS" /> });
