/**
 * Paths as `aws s3` reads and prints them: `s3://bucket/key` URIs, and workspace paths
 * printed the way awscli's relative_path does (a file in the current directory as `./name`).
 */
import { normalizePath } from '../workspace.ts';

export type S3Uri = { readonly bucket: string; readonly key: string };

export const isS3Uri = (path: string) => path.startsWith('s3://');

/** `s3://bucket/some/key` → { bucket, key }; the key may be empty (a bucket or a prefix). */
export function parseS3Uri(path: string): S3Uri {
  const rest = path.replace(/^s3:\/\//, '');
  const slash = rest.indexOf('/');
  return slash < 0 ? { bucket: rest, key: '' } : { bucket: rest.slice(0, slash), key: rest.slice(slash + 1) };
}

export const formatS3Uri = (uri: S3Uri) => `s3://${uri.bucket}/${uri.key}`;

export const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** awscli's relative_path: the directory relative to the current one, joined to the name. */
export function displayLocal(path: string): string {
  const normal = normalizePath(path);
  return normal.includes('/') ? normal : `./${normal}`;
}

/** A workspace destination that names a directory (`.`, `./`, `dir/`) gets the source's name appended. */
export function localTarget(dest: string, name: string): string {
  const normal = normalizePath(dest);
  if (normal === '' || normal === '.') return name;
  return normal.endsWith('/') ? `${normal}${name}` : normal;
}

/** A directory prefix in the workspace: '' for the current directory, else ending in '/'. */
export function localDirectory(path: string): string {
  const normal = normalizePath(path).replace(/^\.$/, '');
  return normal === '' || normal.endsWith('/') ? normal : `${normal}/`;
}

/** An S3 destination that is a bucket or ends in '/' gets the source's name appended. */
export const s3Target = (dest: S3Uri, name: string): S3Uri => (dest.key === '' || dest.key.endsWith('/') ? { bucket: dest.bucket, key: `${dest.key}${name}` } : dest);
