/**
 * The SigV4 canonical request, rebuilt from the request exactly as it arrived:
 * METHOD \n URI \n QUERY \n HEADERS \n SIGNED-HEADERS \n PAYLOAD-HASH (protocols.md §3).
 */

/** RFC 3986 encoding as SigV4 wants it: encodeURIComponent leaves !'()* alone, AWS does not. */
export const uriEncode = (text: string): string =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Decodes leniently: a stray '%' stays as it is rather than failing the whole request. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, '%20'));
  } catch {
    return text;
  }
}

/** Raw `a=1&b=%20` → decoded pairs, in order; keys without '=' get an empty value. */
export function parseRawQuery(rawQuery: string): [string, string][] {
  if (rawQuery === '') return [];
  return rawQuery.split('&').filter((p) => p !== '').map((pair) => {
    const eq = pair.indexOf('=');
    return eq < 0 ? [decode(pair), ''] : [decode(pair.slice(0, eq)), decode(pair.slice(eq + 1))];
  });
}

/**
 * S3 signs the path exactly as sent. Every other service normalises dot segments and then
 * encodes the (already encoded) path once more — the "double encoding" clients do too.
 */
export function canonicalUri(path: string, service: string): string {
  if (path === '') return '/';
  if (service === 's3') return path;
  const out: string[] = [];
  for (const segment of path.split('/').slice(1)) {
    if (segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  // Empty segments collapse, but a trailing slash survives normalisation.
  const kept = out.filter((s, i) => s !== '' || i === out.length - 1);
  return `/${kept.map(uriEncode).join('/')}`;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function canonicalQuery(rawQuery: string, presigned: boolean): string {
  return parseRawQuery(rawQuery)
    .filter(([key]) => !(presigned && key === 'X-Amz-Signature'))
    .map(([k, v]) => [uriEncode(k), uriEncode(v)] as const)
    .sort((a, b) => byCodeUnit(a[0], b[0]) || byCodeUnit(a[1], b[1]))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

/** `name:value\n` per signed header; values trimmed, inner whitespace runs folded to one space. */
export function canonicalHeaders(headers: Readonly<Record<string, string>>, signedHeaders: readonly string[]): string {
  return signedHeaders.map((name) => `${name}:${(headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
}

export type CanonicalParts = {
  readonly method: string;
  readonly path: string;
  readonly rawQuery: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly signedHeaders: readonly string[];
  readonly payloadHash: string;
  readonly service: string;
  readonly presigned: boolean;
};

export function canonicalRequest(parts: CanonicalParts): string {
  return [
    parts.method.toUpperCase(),
    canonicalUri(parts.path, parts.service),
    canonicalQuery(parts.rawQuery, parts.presigned),
    canonicalHeaders(parts.headers, parts.signedHeaders),
    parts.signedHeaders.join(';'),
    parts.payloadHash,
  ].join('\n');
}
