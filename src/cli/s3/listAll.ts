/**
 * Every object under a prefix, page by page through ListObjectsV2 (what the CLI's
 * list_objects_v2 paginator does for ls, cp --recursive and rm --recursive).
 */
import type { S3Session } from './s3Session.ts';

export type ListedObject = { Key: string; Size: number; LastModified: Date };
export type ListedPage = { Contents?: ListedObject[]; CommonPrefixes?: { Prefix: string }[]; NextContinuationToken?: string };

export async function* listPages(session: S3Session, request: { bucket: string; prefix: string; delimiter?: string; pageSize?: number }): AsyncGenerator<ListedPage> {
  let token: string | undefined;
  do {
    const page = await session.call<ListedPage>('ListObjectsV2', {
      Bucket: request.bucket,
      Prefix: request.prefix,
      ...(request.delimiter !== undefined ? { Delimiter: request.delimiter } : {}),
      ...(request.pageSize !== undefined ? { MaxKeys: request.pageSize } : {}),
      ...(token !== undefined ? { ContinuationToken: token } : {}),
    });
    yield page;
    token = page.NextContinuationToken;
  } while (token !== undefined);
}

export async function listAllObjects(session: S3Session, bucket: string, prefix: string): Promise<ListedObject[]> {
  const objects: ListedObject[] = [];
  for await (const page of listPages(session, { bucket, prefix })) objects.push(...(page.Contents ?? []));
  return objects;
}
