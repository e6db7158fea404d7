import { createFileRoute } from '@tanstack/react-router';
import { CreateBucketPage } from '../panels/s3/create/CreateBucketPage.tsx';

export const Route = createFileRoute('/s3/buckets/create')({ component: CreateBucketPage });
