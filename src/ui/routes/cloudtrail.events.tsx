import { createFileRoute } from '@tanstack/react-router';
import { EventHistoryPage } from '../panels/cloudtrail/EventHistoryPage.tsx';

export const Route = createFileRoute('/cloudtrail/events')({ component: EventHistoryPage });
