/**
 * Limit/Marker paging as the KMS List* operations do it: a page of at most `limit` items,
 * and while more remain, NextMarker plus Truncated: true. The marker is the id of the first
 * item of the next page, so a page stays stable while items before it come and go.
 */
import { invalidMarker } from './kmsErrors.ts';

export type Page<T> = { items: T[]; NextMarker?: string; Truncated: boolean };

export function paginate<T>(items: readonly T[], idOf: (item: T) => string, limit: number, marker: string | undefined): Page<T> {
  const start = marker === undefined ? 0 : items.findIndex((item) => idOf(item) === marker);
  if (start < 0) throw invalidMarker();
  const page = items.slice(start, start + limit);
  const next = items[start + limit];
  return next === undefined ? { items: page, Truncated: false } : { items: page, NextMarker: idOf(next), Truncated: true };
}

/** AWS's documented default and maximum page sizes; a Limit above the maximum returns the maximum. */
export const pageSize = (limit: number | undefined, byDefault: number, max: number) => Math.min(limit ?? byDefault, max);
