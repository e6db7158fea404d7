/**
 * botocore's paginator definitions (generated into paginators.json by scripts/generateModels.ts):
 * which input member carries the token, which output members hold the next one and the
 * results, and the page-size member. The CLI follows them to auto-paginate list calls.
 */
import type { ModelName } from './loadServiceModel.ts';

export type Paginator = {
  readonly inputToken: readonly string[];
  /** Output expressions; S3 ListObjects' is `NextMarker || Contents[-1].Key`. */
  readonly outputToken: readonly string[];
  readonly resultKey: readonly string[];
  readonly limitKey?: string;
  readonly moreResults?: string;
  readonly nonAggregateKeys?: readonly string[];
};

export async function loadPaginators(service: ModelName): Promise<Readonly<Record<string, Paginator>>> {
  const all = (await import('./paginators.json')).default as unknown as Record<ModelName, Record<string, Paginator>>;
  return all[service] ?? {};
}
