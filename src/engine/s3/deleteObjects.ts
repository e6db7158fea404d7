/**
 * s3:DeleteObjects — up to 1000 keys in one POST ?delete. Each key is reported on its own:
 * <Deleted> (even a key that did not exist, as in an unversioned bucket), or <Error> with
 * the key's own Code and Message; Quiet mode leaves the Deleted entries out, so a quiet
 * answer lists only failures. An empty or oversized list is MalformedXML, as S3 answers.
 * Each key is authorized on its own (s3:DeleteObject); a denied key is that key's
 * AccessDenied "Access Denied", as S3 reports it, and the other keys are still deleted.
 */
import type { OperationContext } from '../operation.ts';
import { AwsError } from '../errors.ts';
import { evaluateS3Check } from '../iam/authorizeS3.ts';
import { deleteObjectCheck } from '../iam/s3Checks.ts';
import { findBucket } from './buckets.ts';
import { invalidArgument, s3Error } from './s3Errors.ts';
import type { S3Bucket } from './state.ts';

export type DeleteObjectsInput = { Bucket: string; Delete: { Objects: { Key: string; VersionId?: string }[]; Quiet?: boolean } };

type Deleted = { Key: string; VersionId?: string };
type KeyError = { Key: string; VersionId?: string; Code: string; Message: string };

const MAX_KEYS = 1000;

const malformedXml = () => s3Error('MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema', 400);

/**
 * One key's deletion; an AwsError here becomes that key's <Error>, not the request's.
 * Buckets here are never versioned, so their one version of each key is "null"; any other
 * id is S3's InvalidArgument "Invalid version id specified" (recorded from S3 in fog's
 * mocks and moto).
 */
function deleteOne(ctx: OperationContext, bucket: S3Bucket, key: string, versionId: string | undefined): void {
  const decision = evaluateS3Check(ctx, deleteObjectCheck(bucket.name, key), {});
  if (decision && decision.decision !== 'Allow') throw s3Error('AccessDenied', 'Access Denied', 403);
  if (versionId !== undefined && versionId !== 'null') throw invalidArgument('Invalid version id specified', 'versionId', versionId);
  delete bucket.objects[key];
}

export async function deleteObjects(ctx: OperationContext, input: DeleteObjectsInput) {
  const bucket = findBucket(ctx, input.Bucket);
  const objects = input.Delete.Objects ?? [];
  if (objects.length === 0 || objects.length > MAX_KEYS) throw malformedXml();
  const deleted: Deleted[] = [];
  const errors: KeyError[] = [];
  for (const { Key, VersionId } of objects) {
    const version = VersionId !== undefined ? { VersionId } : {};
    try {
      deleteOne(ctx, bucket, Key, VersionId);
      deleted.push({ Key, ...version });
    } catch (error) {
      if (!(error instanceof AwsError)) throw error;
      errors.push({ Key, ...version, Code: error.code, Message: error.message });
    }
  }
  return {
    ...(input.Delete.Quiet || deleted.length === 0 ? {} : { Deleted: deleted }),
    ...(errors.length > 0 ? { Errors: errors } : {}),
  };
}
