import { createFileRoute } from '@tanstack/react-router';
import { LabListPage } from '../lab/LabListPage.tsx';

export const Route = createFileRoute('/labs/')({ component: LabListPage });
