/** Follows KMS's Marker/NextMarker pagination to the end, as the console does for its tables. */
import type { CallFailure } from '../../client/engineClient.ts';
import type { Result } from '../../shared/result.ts';

type Page<T> = { items: readonly T[]; truncated?: boolean; nextMarker?: string };

export async function listAll<T>(page: (marker?: string) => Promise<Result<Page<T>, CallFailure>>): Promise<Result<T[], CallFailure>> {
  const all: T[] = [];
  let marker: string | undefined;
  do {
    const result = await page(marker);
    if (!result.ok) return result;
    all.push(...result.value.items);
    marker = result.value.truncated ? result.value.nextMarker : undefined;
  } while (marker);
  return { ok: true, value: all };
}
