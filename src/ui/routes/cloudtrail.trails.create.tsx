import { createFileRoute } from '@tanstack/react-router';
import { CreateTrailPage } from '../panels/cloudtrail/CreateTrailPage.tsx';

export const Route = createFileRoute('/cloudtrail/trails/create')({ component: CreateTrailPage });
