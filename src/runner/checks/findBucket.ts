/**
 * Finding the bucket a check is about, the way a lab names it: exactly (`my-sse-s3-bucket`) or,
 * where the learner picks the ending (the Builder Lab's `mycloudtrailbucket<NUMBER>`), by a
 * prefix with a trailing `*`: the oldest bucket whose name starts with it.
 */
import type { AccountView } from './checkKind.ts';

export type BucketView = AccountView['s3']['buckets'][string];

export function findBucket(state: AccountView, name: string): BucketView | undefined {
  if (!name.endsWith('*')) return state.s3.buckets[name];
  const prefix = name.slice(0, -1);
  return Object.values(state.s3.buckets).filter((b) => b.name.startsWith(prefix)).sort((a, b) => a.creationDate - b.creationDate)[0];
}

/** What CloudTrail writes into a trail's bucket: never the learner's own objects. */
export const isLogFileKey = (key: string) => /(^|\/)AWSLogs\//.test(key);
