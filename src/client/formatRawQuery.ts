/**
 * The SDK hands its requestHandler the query as decoded values; the engine verifies SigV4
 * over the query as sent, so it is re-encoded here the way the signer encodes it (RFC 3986:
 * encodeURIComponent plus ! ' ( ) *).
 */
export type QueryValues = Readonly<Record<string, string | readonly string[] | null | undefined>>;

export const rfc3986 = (text: string): string =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function formatRawQuery(query: QueryValues | undefined): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    // A flag such as S3's `?encryption` has no value and no '='.
    if (value === null) parts.push(rfc3986(name));
    else if (typeof value === 'string') parts.push(`${rfc3986(name)}=${rfc3986(value)}`);
    else for (const item of value) parts.push(`${rfc3986(name)}=${rfc3986(item)}`);
  }
  return parts.join('&');
}
