/** s3:ListBuckets — the account's buckets in name order, with the owner's canonical id. */
import type { OperationContext } from '../operation.ts';
import { ownerOf } from './buckets.ts';

export type ListBucketsOutput = {
  Buckets: { Name: string; CreationDate: Date; BucketRegion: string }[];
  Owner: { ID: string };
};

export async function listBuckets(ctx: OperationContext, _input: Record<string, unknown>): Promise<ListBucketsOutput> {
  const buckets = Object.values(ctx.account.state.s3.buckets).sort((a, b) => (a.name < b.name ? -1 : 1));
  return { Buckets: buckets.map((b) => ({ Name: b.name, CreationDate: new Date(b.creationDate), BucketRegion: b.region })), Owner: ownerOf() };
}
