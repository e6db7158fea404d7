/**
 * IAM's paging: MaxItems (default 100, at most 1000) and an opaque Marker; a truncated page
 * says IsTruncated: true and carries the Marker for the next one. The lab's marker is the
 * position of the next item, which is enough for a list that does not change between calls.
 */
import { iamError } from './iamErrors.ts';

export type IamPage<T> = { items: T[]; IsTruncated: boolean; Marker?: string };

const MARKER_PREFIX = 'lab-marker-';

export function iamPage<T>(items: readonly T[], maxItems: number | undefined, marker: string | undefined): IamPage<T> {
  const start = marker === undefined ? 0 : Number(marker.slice(MARKER_PREFIX.length));
  // Not AWS's confirmed wording: a marker this lab never handed out.
  if (marker !== undefined && (!marker.startsWith(MARKER_PREFIX) || !Number.isInteger(start) || start < 0)) throw iamError('InvalidInput', 'Invalid Marker.');
  const size = Math.min(maxItems ?? 100, 1000);
  const page = items.slice(start, start + size);
  const next = start + size;
  return next < items.length ? { items: page, IsTruncated: true, Marker: `${MARKER_PREFIX}${next}` } : { items: page, IsTruncated: false };
}

/** The paging members of a List* response: IsTruncated always, Marker only when truncated. */
export const pagingOf = <T>(page: IamPage<T>) => (page.Marker === undefined ? { IsTruncated: page.IsTruncated } : { IsTruncated: true, Marker: page.Marker });
