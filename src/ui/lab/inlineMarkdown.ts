/**
 * The inline markdown lab texts use — **console labels**, *page names*, `typed values` — as
 * segments the panel renders as React elements (never as HTML: lab text is data, not markup).
 * A marker with no closing partner stays literal text.
 */
export type InlineSegment = { readonly kind: 'text' | 'strong' | 'em' | 'code'; readonly text: string };

/** Code first (its content is literal), then bold, then italic; `*` inside a word needs a partner too. */
const TOKEN = /`([^`]+)`|\*\*([^*]+?)\*\*|\*([^*\s][^*]*?)\*/g;

export function inlineMarkdown(source: string): InlineSegment[] {
  const segments: InlineSegment[] = [];
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    if (match.index > last) segments.push({ kind: 'text', text: source.slice(last, match.index) });
    const [, code, strong, em] = match;
    if (code !== undefined) segments.push({ kind: 'code', text: code });
    else if (strong !== undefined) segments.push({ kind: 'strong', text: strong });
    else segments.push({ kind: 'em', text: em ?? '' });
    last = match.index + match[0].length;
  }
  if (last < source.length) segments.push({ kind: 'text', text: source.slice(last) });
  return segments;
}
