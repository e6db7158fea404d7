import { createFileRoute } from '@tanstack/react-router';
import { TryItPage } from '../panels/kms/try/TryItPage.tsx';

export const Route = createFileRoute('/kms/try')({ component: TryItPage });
