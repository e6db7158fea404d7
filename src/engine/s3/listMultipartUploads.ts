/**
 * s3:ListMultipartUploads — uploads begun and not yet completed or aborted, ordered by key
 * and then by when they began, filtered by Prefix, rolled up by Delimiter, MaxUploads per
 * page (1000 by default) resumed from KeyMarker + UploadIdMarker.
 */
import type { OperationContext } from '../operation.ts';
import { findBucket, ownerOf } from './buckets.ts';
import { keyEncoder } from './listPage.ts';
import type { MultipartUpload } from './state.ts';

export type ListMultipartUploadsInput = {
  Bucket: string; Prefix?: string; Delimiter?: string; MaxUploads?: number; KeyMarker?: string; UploadIdMarker?: string; EncodingType?: string;
};

const byKeyThenStart = (a: MultipartUpload, b: MultipartUpload) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.initiated - b.initiated);

/** After KeyMarker alone: keys greater than it. With UploadIdMarker too: that key's later uploads as well. */
function afterMarkers(all: MultipartUpload[], keyMarker: string, uploadIdMarker: string | undefined): MultipartUpload[] {
  if (keyMarker === '') return all;
  const marked = uploadIdMarker === undefined ? -1 : all.findIndex((u) => u.key === keyMarker && u.uploadId === uploadIdMarker);
  return all.filter((u, i) => u.key > keyMarker || (marked >= 0 && u.key === keyMarker && i > marked));
}

export async function listMultipartUploads(ctx: OperationContext, input: ListMultipartUploadsInput) {
  const bucket = findBucket(ctx, input.Bucket);
  const prefix = input.Prefix ?? '';
  const delimiter = input.Delimiter ?? '';
  const maxUploads = Math.min(input.MaxUploads ?? 1000, 1000);
  const encode = keyEncoder(input.EncodingType);
  const sorted = Object.values(bucket.uploads).filter((u) => u.key.startsWith(prefix)).sort(byKeyThenStart);
  const uploads: MultipartUpload[] = [];
  const prefixes: string[] = [];
  let truncated = false;
  for (const upload of afterMarkers(sorted, input.KeyMarker ?? '', input.UploadIdMarker)) {
    const cut = delimiter === '' ? -1 : upload.key.indexOf(delimiter, prefix.length);
    const rollUp = cut >= 0 ? upload.key.slice(0, cut + delimiter.length) : undefined;
    if (rollUp !== undefined && rollUp === prefixes.at(-1)) continue;
    if (uploads.length + prefixes.length >= maxUploads) {
      truncated = true;
      break;
    }
    if (rollUp !== undefined) prefixes.push(rollUp);
    else uploads.push(upload);
  }
  const last = uploads.at(-1);
  const initiator = { ID: ctx.principal.arn, DisplayName: ctx.principal.userName ?? ctx.principal.arn };
  return {
    Bucket: bucket.name,
    KeyMarker: encode(input.KeyMarker ?? ''),
    UploadIdMarker: input.UploadIdMarker ?? '',
    ...(truncated ? { NextKeyMarker: encode(last?.key ?? prefixes.at(-1) ?? ''), NextUploadIdMarker: last?.uploadId ?? '' } : {}),
    Prefix: encode(prefix),
    ...(input.Delimiter !== undefined ? { Delimiter: encode(delimiter) } : {}),
    MaxUploads: maxUploads,
    IsTruncated: truncated,
    ...(uploads.length > 0
      ? { Uploads: uploads.map((u) => ({ UploadId: u.uploadId, Key: encode(u.key), Initiated: new Date(u.initiated), StorageClass: 'STANDARD', Owner: ownerOf(), Initiator: initiator })) }
      : {}),
    ...(prefixes.length > 0 ? { CommonPrefixes: prefixes.map((p) => ({ Prefix: encode(p) })) } : {}),
    ...(input.EncodingType !== undefined ? { EncodingType: input.EncodingType } : {}),
  };
}
