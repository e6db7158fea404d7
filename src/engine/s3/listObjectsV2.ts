/**
 * s3:ListObjectsV2 — keys in UTF-8 binary order, filtered by Prefix, rolled up into
 * CommonPrefixes by Delimiter, MaxKeys per page (1000 by default) with an opaque
 * ContinuationToken. EncodingType=url (what the AWS CLI asks for) percent-encodes the keys.
 */
import type { OperationContext } from '../operation.ts';
import { fromBase64, fromUtf8, toBase64, utf8 } from '../../shared/bytes.ts';
import { findBucket, ownerOf } from './buckets.ts';
import { keyEncoder, listPage } from './listPage.ts';
import { invalidArgument } from './s3Errors.ts';

export type ListObjectsV2Input = {
  Bucket: string;
  Prefix?: string;
  Delimiter?: string;
  MaxKeys?: number;
  ContinuationToken?: string;
  StartAfter?: string;
  FetchOwner?: boolean;
  EncodingType?: string;
};

function resumeAfter(token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  const bytes = fromBase64(token);
  if (!bytes) throw invalidArgument('The continuation token provided is incorrect', 'continuation-token', token);
  return fromUtf8(bytes);
}

export async function listObjectsV2(ctx: OperationContext, input: ListObjectsV2Input) {
  const bucket = findBucket(ctx, input.Bucket);
  const prefix = input.Prefix ?? '';
  const delimiter = input.Delimiter ?? '';
  const maxKeys = Math.min(input.MaxKeys ?? 1000, 1000);
  const after = resumeAfter(input.ContinuationToken) ?? input.StartAfter ?? '';
  const encode = keyEncoder(input.EncodingType);
  const page = listPage(bucket, { prefix, delimiter, after, maxKeys });
  const contents = page.objects.map((o) => ({ Key: encode(o.key), LastModified: new Date(o.lastModified), ETag: o.etag, Size: o.size, StorageClass: 'STANDARD', ...(input.FetchOwner ? { Owner: ownerOf() } : {}) }));
  const { prefixes, truncated, last } = page;
  return {
    Name: bucket.name,
    Prefix: encode(prefix),
    ...(input.Delimiter !== undefined ? { Delimiter: encode(delimiter) } : {}),
    MaxKeys: maxKeys,
    KeyCount: contents.length + prefixes.length,
    IsTruncated: truncated,
    ...(contents.length > 0 ? { Contents: contents } : {}),
    ...(prefixes.length > 0 ? { CommonPrefixes: prefixes.map((p) => ({ Prefix: encode(p) })) } : {}),
    ...(input.ContinuationToken !== undefined ? { ContinuationToken: input.ContinuationToken } : {}),
    ...(truncated ? { NextContinuationToken: toBase64(utf8(last)) } : {}),
    ...(input.StartAfter !== undefined ? { StartAfter: encode(input.StartAfter) } : {}),
    ...(input.EncodingType !== undefined ? { EncodingType: input.EncodingType } : {}),
  };
}
