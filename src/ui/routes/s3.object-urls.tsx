import { createFileRoute } from '@tanstack/react-router';
import { ObjectUrlsPage } from '../panels/s3/ObjectUrlsPage.tsx';

export const Route = createFileRoute('/s3/object-urls')({ component: ObjectUrlsPage });
