import { createFileRoute } from '@tanstack/react-router';
import { BucketsTable } from '../panels/s3/buckets/BucketsTable.tsx';

export const Route = createFileRoute('/s3/buckets/')({ component: BucketsTable });
