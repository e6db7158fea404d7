/**
 * s3:ListObjects (version 1) — the same listing as ListObjectsV2 with a Marker instead of a
 * continuation token. S3 echoes Marker (empty when none was sent), lists each object's Owner,
 * and returns NextMarker only when a Delimiter was given: without one, clients continue from
 * the last Key of the page (S3 API reference, ListObjects "NextMarker"; botocore's paginator
 * says the same with its `NextMarker || Contents[-1].Key`).
 */
import type { OperationContext } from '../operation.ts';
import { findBucket, ownerOf } from './buckets.ts';
import { keyEncoder, listPage } from './listPage.ts';

export type ListObjectsInput = { Bucket: string; Prefix?: string; Delimiter?: string; MaxKeys?: number; Marker?: string; EncodingType?: string };

export async function listObjects(ctx: OperationContext, input: ListObjectsInput) {
  const bucket = findBucket(ctx, input.Bucket);
  const prefix = input.Prefix ?? '';
  const delimiter = input.Delimiter ?? '';
  const maxKeys = Math.min(input.MaxKeys ?? 1000, 1000);
  const encode = keyEncoder(input.EncodingType);
  const page = listPage(bucket, { prefix, delimiter, after: input.Marker ?? '', maxKeys });
  return {
    Name: bucket.name,
    Prefix: encode(prefix),
    Marker: encode(input.Marker ?? ''),
    ...(page.truncated && input.Delimiter !== undefined ? { NextMarker: encode(page.last) } : {}),
    ...(input.Delimiter !== undefined ? { Delimiter: encode(delimiter) } : {}),
    MaxKeys: maxKeys,
    IsTruncated: page.truncated,
    ...(page.objects.length > 0
      ? { Contents: page.objects.map((o) => ({ Key: encode(o.key), LastModified: new Date(o.lastModified), ETag: o.etag, Size: o.size, StorageClass: 'STANDARD', Owner: ownerOf() })) }
      : {}),
    ...(page.prefixes.length > 0 ? { CommonPrefixes: page.prefixes.map((p) => ({ Prefix: encode(p) })) } : {}),
    ...(input.EncodingType !== undefined ? { EncodingType: input.EncodingType } : {}),
  };
}
