/**
 * A small XML reader and writer for S3's request and response bodies. S3's XML is plain:
 * elements, text, a few attributes (xmlns, xsi:type), no DTDs. Namespace prefixes are
 * dropped from element names when reading, as the SDKs' parsers do.
 */
export type XmlElement = { name: string; attributes: Record<string, string>; children: XmlElement[]; text: string };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? ''));
}

export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\r/g, '&#13;');

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** The document's root element, or undefined when the text is not well-formed XML. */
export function parseXml(text: string): XmlElement | undefined {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<\/\s*([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = token.exec(text)) !== null) {
    if (match.index !== consumed) return undefined;
    consumed = token.lastIndex;
    const [, cdata, closing, opening, attrs, selfClose, chars] = match;
    const top = stack.at(-1);
    if (cdata !== undefined || chars !== undefined) {
      if (top) top.text += cdata ?? unescape(chars ?? '');
      else if ((chars ?? '').trim() !== '') return undefined;
    } else if (closing !== undefined) {
      if (!top || localName(closing) !== top.name) return undefined;
      stack.pop();
    } else if (opening !== undefined) {
      if (!top && root) return undefined;
      const attributes: Record<string, string> = {};
      for (const a of (attrs ?? '').matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes[a[1] ?? ''] = unescape(a[2] ?? a[3] ?? '');
      const element: XmlElement = { name: localName(opening), attributes, children: [], text: '' };
      if (top) top.children.push(element);
      else root = element;
      if (selfClose !== '/') stack.push(element);
    }
  }
  return consumed === text.length && stack.length === 0 ? root : undefined;
}

/** `<name attrs>inner</name>`, where inner is already-written XML. */
export function element(name: string, inner: string, attributes: Record<string, string> = {}): string {
  const attrs = Object.entries(attributes).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('');
  return `<${name}${attrs}>${inner}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
