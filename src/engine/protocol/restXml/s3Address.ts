/**
 * Which bucket and key a request names. Virtual-host style puts the bucket in the Host
 * (lab-bucket.s3.us-east-1.amazonaws.com, lab-bucket.s3.amazonaws.com, lab-bucket.localhost:P);
 * path style puts it in the first path segment (/lab-bucket/key). The SDKs pick one or the
 * other per endpoint (protocols.md §5), so S3 accepts both everywhere.
 */
export type S3Address = {
  readonly bucket?: string;
  readonly key?: string;
  /** Set when the bucket came from the Host header (SigV2 then signs "/bucket" + path). */
  readonly virtualHost: boolean;
};

const AWS_S3_HOST = /^(.+)\.s3(?:[.-](?:dualstack\.)?[a-z0-9-]+)?\.amazonaws\.com$/;

/** The bucket named by a Host header, if the host is <bucket>.<an S3 endpoint>. */
export function bucketFromHost(hostHeader: string): string | undefined {
  const host = hostHeader.toLowerCase().replace(/:\d+$/, '');
  if (host.endsWith('.localhost')) return host.slice(0, -'.localhost'.length);
  return AWS_S3_HOST.exec(host)?.[1];
}

/** Decodes a path segment as sent; '+' in a path is a plus sign, not a space. */
function decodePath(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function s3Address(hostHeader: string, rawPath: string): S3Address {
  const hostBucket = bucketFromHost(hostHeader);
  const path = rawPath.startsWith('/') ? rawPath.slice(1) : rawPath;
  if (hostBucket !== undefined) {
    return { bucket: hostBucket, ...(path !== '' ? { key: decodePath(path) } : {}), virtualHost: true };
  }
  if (path === '') return { virtualHost: false };
  const slash = path.indexOf('/');
  if (slash < 0) return { bucket: decodePath(path), virtualHost: false };
  const key = path.slice(slash + 1);
  return { bucket: decodePath(path.slice(0, slash)), ...(key !== '' ? { key: decodePath(key) } : {}), virtualHost: false };
}
