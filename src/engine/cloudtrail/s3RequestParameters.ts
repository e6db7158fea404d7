/**
 * How CloudTrail writes an S3 request: by its wire names, not the model's member names.
 * The bucket is "bucketName" beside the "Host" the request was sent to, the object "key",
 * query parameters by their own names ("prefix", "delimiter", "max-keys", "list-type": "2"
 * for ListObjectsV2) and x-amz-* headers by theirs ("x-amz-server-side-encryption", …), as
 * AWS's recorded S3 events show. Body members keep the model-driven form; checksum headers,
 * secrets (SSE-C keys) and blobs are left out.
 */
import type { ServiceModel } from '../models/types.ts';
import { lowerFirst, toLogged } from './loggedShape.ts';

const CHECKSUM_HEADER = /^x-amz-(sdk-)?checksum-/;

export function s3RequestParameters(model: ServiceModel, name: string, input: unknown, region: string): Record<string, unknown> | null {
  const ref = model.operations[name]?.input;
  const shape = ref ? model.shapes[ref.shape] : undefined;
  if (!shape?.members || typeof input !== 'object' || input === null) return null;
  const given = input as Record<string, unknown>;
  const out: Record<string, unknown> = name === 'ListObjectsV2' ? { 'list-type': '2' } : {};
  for (const [member, memberRef] of Object.entries(shape.members)) {
    const value = given[member];
    if (value === undefined || value === null) continue;
    // A failed call is recorded with the input as sent, which may not even have the model's types.
    if (member === 'Bucket') {
      if (typeof value !== 'string') continue;
      out.bucketName = value;
      out.Host = `${value}.s3.${region}.amazonaws.com`;
    } else if (member === 'Key') {
      if (typeof value === 'string') out.key = value;
    } else if (memberRef.location === 'querystring' && memberRef.locationName) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[memberRef.locationName] = String(value);
    } else if (memberRef.location === 'header' && memberRef.locationName) {
      const header = memberRef.locationName.toLowerCase();
      const logged = header.startsWith('x-amz-') && !CHECKSUM_HEADER.test(header) ? toLogged(model, memberRef, value) : undefined;
      if (logged !== undefined) out[header] = logged;
    } else if (memberRef.location === undefined) {
      const logged = toLogged(model, memberRef, value);
      if (logged !== undefined) out[lowerFirst(member)] = logged;
    }
  }
  return Object.keys(out).length > 0 ? out : null;
}
