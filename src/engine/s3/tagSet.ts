/**
 * Tag sets for objects and buckets: S3's Tagging XML (TagSet of Key/Value) checked the way
 * S3 checks it, and stored as a plain record. Texts as S3 returns them: "Object tags cannot
 * be greater than 10" (BadRequest, quoted from S3 in hashicorp/terraform-provider-aws issues
 * and moto); InvalidTag for a bad key or value or a repeated key (moto's S3 backend, which
 * copies the wording S3 returns). The 50-tag bucket limit's message is not confirmed.
 */
import { s3Error } from './s3Errors.ts';

export type Tag = { Key: string; Value: string };
export type Tagging = { TagSet?: Tag[] };

const invalidTag = (message: string) => s3Error('InvalidTag', message, 400);

/** Keys up to 128 and values up to 256 Unicode characters (Tag Restrictions in the billing guide). */
export function toTagRecord(tagging: Tagging | undefined, limit: { max: number; tooMany: () => Error }): Record<string, string> {
  const tags: Record<string, string> = {};
  const set = tagging?.TagSet ?? [];
  if (set.length > limit.max) throw limit.tooMany();
  for (const { Key, Value } of set) {
    if ([...Key].length === 0 || [...Key].length > 128) throw invalidTag('The TagKey you have provided is invalid');
    if ([...Value].length > 256) throw invalidTag('The TagValue you have provided is invalid');
    if (Object.hasOwn(tags, Key)) throw invalidTag('Cannot provide multiple Tags with the same key');
    tags[Key] = Value;
  }
  return tags;
}

export const OBJECT_TAG_LIMIT = { max: 10, tooMany: () => s3Error('BadRequest', 'Object tags cannot be greater than 10', 400) };
// Unconfirmed wording: S3's answer to a 51st bucket tag has not been seen recorded.
export const BUCKET_TAG_LIMIT = { max: 50, tooMany: () => invalidTag('Bucket tag count cannot be greater than 50') };

export const toTagSet = (tags: Readonly<Record<string, string>> | undefined): Tag[] =>
  Object.entries(tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
