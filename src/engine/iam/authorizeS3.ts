/**
 * Authorization for S3: each check of the request (s3Checks.ts) is evaluated with the caller's
 * identity policies and the bucket policy — in the bucket's own account either may allow, an
 * explicit deny anywhere wins; anonymous callers and AWS service principals have only the bucket
 * policy — then S3's own rules (Block Public Access, ACLs: s3/bucketAccessRules.ts). The first
 * check that is not allowed decides. A bucket that does not exist is not decided here: the
 * operation answers NoSuchBucket, as S3 does.
 */
import type { OperationContext } from '../operation.ts';
import type { Decision } from '../policy/decision.ts';
import { evaluateAccess } from '../policy/evaluateAccess.ts';
import { parsedPolicy } from '../policy/parsedPolicy.ts';
import { contextOf } from '../policy/requestContext.ts';
import { applyBucketRules } from '../s3/bucketAccessRules.ts';
import type { S3Bucket } from '../s3/state.ts';
import { identityPolicyDocuments } from './authorizeKms.ts';
import { globalContextKeys } from './globalContextKeys.ts';
import { toRequestPrincipal } from './requestPrincipal.ts';
import { s3Checks, type S3Check } from './s3Checks.ts';
import { s3ContextKeys } from './s3ContextKeys.ts';

function resourceOf(ctx: OperationContext, check: S3Check): string {
  const { partition } = ctx.account.facts;
  if (check.bucket === undefined) return '*';
  return check.key === undefined ? `arn:${partition}:s3:::${check.bucket}` : `arn:${partition}:s3:::${check.bucket}/${check.key}`;
}

function aclOf(bucket: S3Bucket, check: S3Check) {
  if (!check.acl) return undefined;
  const object = check.key !== undefined && Object.hasOwn(bucket.objects, check.key) ? bucket.objects[check.key] : undefined;
  return { needs: check.acl.needs, acl: check.acl.of === 'object' ? object?.acl : bucket.acl };
}

export function evaluateS3Check(ctx: OperationContext, check: S3Check, input: Readonly<Record<string, unknown>>): Decision | undefined {
  const bucket = check.bucket === undefined || check.action === 's3:CreateBucket' ? undefined : ctx.account.state.s3.buckets[check.bucket];
  if (check.bucket !== undefined && check.action !== 's3:CreateBucket' && !bucket) return undefined;
  const principal = toRequestPrincipal(ctx.principal);
  const policy = bucket?.policy === undefined ? undefined : parsedPolicy(bucket.policy, 'resource');
  const decision = evaluateAccess({
    request: { principal, action: check.action, resource: resourceOf(ctx, check), context: contextOf({ ...globalContextKeys(ctx), ...s3ContextKeys(ctx, check, input) }) },
    identityPolicies: identityPolicyDocuments(ctx),
    ...(policy?.ok ? { resourcePolicy: { name: 'bucket policy', document: policy.value } } : {}),
    resourceAccount: ctx.account.facts.accountId,
    // CreateBucket and ListAllMyBuckets have no bucket policy to consult.
    mode: bucket ? 'standard' : 'identityOnly',
  });
  return bucket ? applyBucketRules(decision, bucket, principal, ctx.account.facts.accountId, aclOf(bucket, check)) : decision;
}

export function authorizeS3(ctx: OperationContext, operation: string, input: Readonly<Record<string, unknown>>): Decision | undefined {
  let last: Decision | undefined;
  for (const check of s3Checks(operation, input)) {
    const decision = evaluateS3Check(ctx, check, input);
    if (!decision) continue;
    if (decision.decision !== 'Allow') return decision;
    last = decision;
  }
  return last;
}
