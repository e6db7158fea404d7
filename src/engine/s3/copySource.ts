/** x-amz-copy-source ("/bucket/key?versionId=…" or "bucket/key", URL-encoded) → its bucket and key; undefined when malformed. */
export function copySourceOf(copySource: string): { bucket: string; key: string } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(copySource.split('?')[0] ?? '');
  } catch {
    decoded = copySource;
  }
  const path = decoded.startsWith('/') ? decoded.slice(1) : decoded;
  const slash = path.indexOf('/');
  return slash <= 0 || slash === path.length - 1 ? undefined : { bucket: path.slice(0, slash), key: path.slice(slash + 1) };
}
