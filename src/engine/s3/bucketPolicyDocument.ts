/**
 * The checks S3 makes of a bucket policy before storing it, in S3's MalformedPolicy wording
 * (LocalStack's AWS-validated snapshots and moto for the texts; where neither had one the
 * comment says so).
 */
import { malformedPolicy } from './s3Errors.ts';

type Statement = Record<string, unknown>;

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

function checkStatement(statement: Statement, bucketArn: string): void {
  if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny') throw malformedPolicy(`Invalid effect: ${String(statement.Effect)}`);
  if (statement.Principal === undefined && statement.NotPrincipal === undefined) throw malformedPolicy('Missing required field Principal');
  const actions = asList(statement.Action ?? statement.NotAction);
  if (actions.length === 0) throw malformedPolicy('Missing required field Action');
  if (actions.some((a) => typeof a !== 'string' || !/^(s3:[A-Za-z*?]+|\*)$/.test(a))) throw malformedPolicy('Policy has invalid action');
  const resources = asList(statement.Resource ?? statement.NotResource);
  if (resources.length === 0) throw malformedPolicy('Missing required field Resource');
  // A bucket policy may name only this bucket and its objects (wording: moto/LocalStack).
  if (resources.some((r) => typeof r !== 'string' || !(r === bucketArn || r.startsWith(`${bucketArn}/`) || r === '*'))) throw malformedPolicy('Policy has invalid resource');
}

/** Throws MalformedPolicy unless `text` is a storable policy for the bucket `bucketArn`. */
export function assertValidBucketPolicy(text: string, bucketArn: string): void {
  if (!text.trimStart().startsWith('{')) throw malformedPolicy();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw malformedPolicy();
  }
  const statements = asList((parsed as { Statement?: unknown }).Statement);
  if (statements.length === 0) throw malformedPolicy('Missing required field Statement');
  for (const statement of statements) {
    if (!statement || typeof statement !== 'object') throw malformedPolicy();
    checkStatement(statement as Statement, bucketArn);
  }
}
