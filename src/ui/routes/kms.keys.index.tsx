import { createFileRoute } from '@tanstack/react-router';
import { KeysTable } from '../panels/kms/KeysTable.tsx';

export const Route = createFileRoute('/kms/keys/')({ component: () => <KeysTable manager="CUSTOMER" /> });
