/** Runs the console's Create trail as calls, stopping at the first AWS error (which the form shows). */
import { useState } from 'react';
import type { CallFailure } from '../../../client/engineClient.ts';
import { insightSelectorsOf, putEventSelectorsInput, trailBucketPolicy, type TrailForm } from '../../cloudtrail/createTrailPlan.ts';
import { useOperation } from '../../hooks/useOperation.ts';
import { useSession } from '../../hooks/useSession.ts';

export function useCreateTrail() {
  const { accountId, region } = useSession();
  const { run, pending } = useOperation();
  const [failure, setFailure] = useState<CallFailure>();

  const create = async (form: TrailForm): Promise<boolean> => {
    const Bucket = form.bucket.name.trim();
    const InsightSelectors = insightSelectorsOf(form);
    const steps = [
      ...(form.bucket.kind === 'new' ? [
        () => run('s3:CreateBucket', { Bucket }),
        () => run('s3:PutBucketPolicy', { Bucket, Policy: trailBucketPolicy({ accountId, region }, Bucket, form.name) }),
      ] : []),
      () => run('cloudtrail:CreateTrail', { Name: form.name, S3BucketName: Bucket, ...(form.kmsKeyId ? { KmsKeyId: form.kmsKeyId } : {}) }),
      () => run('cloudtrail:PutEventSelectors', { TrailName: form.name, ...putEventSelectorsInput(form) }),
      ...(InsightSelectors ? [() => run('cloudtrail:PutInsightSelectors', { TrailName: form.name, InsightSelectors })] : []),
      () => run('cloudtrail:StartLogging', { Name: form.name }),
    ];
    for (const step of steps) {
      const r = await step();
      if (!r.ok) {
        setFailure(r.error);
        return false;
      }
    }
    setFailure(undefined);
    return true;
  };
  return { create, pending, failure };
}
