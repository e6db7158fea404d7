import { createFileRoute } from '@tanstack/react-router';
import { CreateKeyWizard } from '../panels/kms/create/CreateKeyWizard.tsx';

export const Route = createFileRoute('/kms/keys/create')({ component: CreateKeyWizard });
