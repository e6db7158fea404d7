/**
 * One page of a bucket listing, shared by ListObjects (v1) and ListObjectsV2: keys in UTF-8
 * binary order after a starting point, filtered by prefix, rolled up into common prefixes
 * by the delimiter, at most maxKeys entries (keys and prefixes together, as S3 counts them).
 */
import type { S3Bucket, S3Object } from './state.ts';

export type PageRequest = { prefix: string; delimiter: string; after: string; maxKeys: number };
export type Page = { objects: S3Object[]; prefixes: string[]; truncated: boolean; last: string };

/** A key already rolled up on an earlier page (the start is a common prefix) is not listed again. */
const alreadyListed = (key: string, after: string, delimiter: string) => delimiter !== '' && after.endsWith(delimiter) && key.startsWith(after);

export function listPage(bucket: S3Bucket, request: PageRequest): Page {
  const { prefix, delimiter, after, maxKeys } = request;
  const page: Page = { objects: [], prefixes: [], truncated: false, last: '' };
  for (const key of Object.keys(bucket.objects).sort()) {
    if (!key.startsWith(prefix) || key <= after || alreadyListed(key, after, delimiter)) continue;
    const cut = delimiter === '' ? -1 : key.indexOf(delimiter, prefix.length);
    const rollUp = cut >= 0 ? key.slice(0, cut + delimiter.length) : undefined;
    if (rollUp !== undefined && rollUp === page.prefixes.at(-1)) continue;
    if (page.objects.length + page.prefixes.length >= maxKeys) {
      page.truncated = true;
      break;
    }
    const object = bucket.objects[key];
    if (rollUp !== undefined) page.prefixes.push(rollUp);
    else if (object) page.objects.push(object);
    page.last = rollUp ?? key;
  }
  return page;
}

/** EncodingType=url (what the AWS CLI asks for) percent-encodes keys, keeping '/'. */
export const keyEncoder = (encodingType: string | undefined) =>
  encodingType === 'url' ? (key: string) => encodeURIComponent(key).replace(/%2F/g, '/') : (key: string) => key;
