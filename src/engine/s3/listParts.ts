/** s3:ListParts — the parts uploaded so far, in part-number order (MaxParts per page, 1000 by default). */
import type { OperationContext } from '../operation.ts';
import { findBucket, ownerOf } from './buckets.ts';
import { findUpload } from './findUpload.ts';

export type ListPartsInput = { Bucket: string; Key: string; UploadId: string; MaxParts?: number; PartNumberMarker?: number };

export async function listParts(ctx: OperationContext, input: ListPartsInput) {
  const bucket = findBucket(ctx, input.Bucket);
  const upload = findUpload(bucket, input.Key, input.UploadId);
  const maxParts = Math.min(input.MaxParts ?? 1000, 1000);
  const after = input.PartNumberMarker ?? 0;
  const all = Object.values(upload.parts).filter((p) => p.partNumber > after).sort((a, b) => a.partNumber - b.partNumber);
  const page = all.slice(0, maxParts);
  const truncated = all.length > page.length;
  return {
    Bucket: bucket.name,
    Key: upload.key,
    UploadId: upload.uploadId,
    PartNumberMarker: after,
    ...(truncated ? { NextPartNumberMarker: page.at(-1)?.partNumber ?? after } : {}),
    MaxParts: maxParts,
    IsTruncated: truncated,
    Parts: page.map((p) => ({ PartNumber: p.partNumber, LastModified: new Date(p.lastModified), ETag: p.etag, Size: p.size })),
    Initiator: { ID: ctx.principal.arn, DisplayName: ctx.principal.userName ?? ctx.principal.arn },
    Owner: ownerOf(),
    StorageClass: 'STANDARD',
  };
}
