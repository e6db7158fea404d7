/**
 * S3's general-purpose bucket naming rules (S3 User Guide, "Bucket naming rules"): 3–63
 * characters of lower-case letters, digits, dots and hyphens; a letter or digit at each end;
 * no two adjacent dots; not an IP address; none of the reserved prefixes and suffixes.
 */
const SHAPE = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const IP_ADDRESS = /^\d+\.\d+\.\d+\.\d+$/;
const RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];

export function isValidBucketName(name: string): boolean {
  return SHAPE.test(name) && !name.includes('..') && !IP_ADDRESS.test(name)
    && !RESERVED_PREFIXES.some((p) => name.startsWith(p)) && !RESERVED_SUFFIXES.some((s) => name.endsWith(s));
}
