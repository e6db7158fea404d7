/**
 * What `aws s3 cp`/`mv` will do: one transfer per file, each an upload (workspace → S3), a
 * download (S3 → workspace) or a copy (S3 → S3), with the paths as the CLI prints them.
 * --recursive walks a workspace directory or lists an S3 prefix.
 */
import type { Workspace } from '../workspace.ts';
import { argparseError } from '../cliErrors.ts';
import { listAllObjects } from './listAll.ts';
import { baseName, displayLocal, formatS3Uri, isS3Uri, localDirectory, localTarget, parseS3Uri, s3Target, type S3Uri } from './s3Paths.ts';
import type { S3Session } from './s3Session.ts';
import { missingLocalPath } from './transferErrors.ts';

export type Transfer =
  | { readonly kind: 'upload'; readonly from: string; readonly to: S3Uri }
  | { readonly kind: 'download'; readonly from: S3Uri; readonly to: string }
  | { readonly kind: 'copy'; readonly from: S3Uri; readonly to: S3Uri };

export const shownFrom = (t: Transfer) => (t.kind === 'upload' ? displayLocal(t.from) : formatS3Uri(t.from));
export const shownTo = (t: Transfer) => (t.kind === 'download' ? displayLocal(t.to) : formatS3Uri(t.to));

const under = (prefix: string, key: string) => key.slice(prefix.length);

function planUploads(workspace: Workspace, source: string, dest: S3Uri, recursive: boolean): Transfer[] {
  if (!recursive) {
    if (workspace.read(source) === undefined) throw missingLocalPath(source);
    return [{ kind: 'upload', from: source, to: s3Target(dest, baseName(source)) }];
  }
  const dir = localDirectory(source);
  const prefix = dest.key === '' || dest.key.endsWith('/') ? dest.key : `${dest.key}/`;
  return workspace.list().filter((path) => path.startsWith(dir)).map((path) => ({ kind: 'upload', from: path, to: { bucket: dest.bucket, key: prefix + under(dir, path) } }));
}

async function planFromS3(session: S3Session, source: S3Uri, dest: string, recursive: boolean): Promise<Transfer[]> {
  const toS3 = isS3Uri(dest);
  if (!recursive) {
    const name = baseName(source.key);
    return [toS3 ? { kind: 'copy', from: source, to: s3Target(parseS3Uri(dest), name) } : { kind: 'download', from: source, to: localTarget(dest, name) }];
  }
  const prefix = source.key === '' || source.key.endsWith('/') ? source.key : `${source.key}/`;
  const objects = await listAllObjects(session, source.bucket, prefix);
  return objects.map(({ Key }) => {
    const from = { bucket: source.bucket, key: Key };
    if (!toS3) return { kind: 'download', from, to: localDirectory(dest) + under(prefix, Key) };
    const target = parseS3Uri(dest);
    const base = target.key === '' || target.key.endsWith('/') ? target.key : `${target.key}/`;
    return { kind: 'copy', from, to: { bucket: target.bucket, key: base + under(prefix, Key) } };
  });
}

/** Throws the CLI's own errors; a failed S3 listing propagates for the caller to print as fatal. */
export async function planTransfers(session: S3Session, source: string, dest: string, recursive: boolean): Promise<Transfer[]> {
  if (isS3Uri(source)) return planFromS3(session, parseS3Uri(source), dest, recursive);
  if (isS3Uri(dest)) return planUploads(session.env.workspace, source, parseS3Uri(dest), recursive);
  throw argparseError('Error: Invalid argument type');
}
