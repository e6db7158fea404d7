import { createFileRoute } from '@tanstack/react-router';
import { TrailsPage } from '../panels/cloudtrail/TrailsPage.tsx';

export const Route = createFileRoute('/cloudtrail/trails/')({ component: TrailsPage });
