/**
 * restXml request → engine input, driven by the operation's input shape: each member comes
 * from the URI (Bucket, Key), the query string, a header, the x-amz-meta-* header family, or
 * the body (raw bytes for blobs, text for policies, XML for configuration structures).
 */
import type { ServiceModel, Shape, ShapeRef } from '../../models/types.ts';
import { fromUtf8 } from '../../../shared/bytes.ts';
import { parseRawQuery } from '../sigv4/canonicalRequest.ts';
import { malformedXml } from './s3WireErrors.ts';
import { readXmlValue } from './xmlShapes.ts';
import { parseXml } from './xmlTree.ts';

export type RestRequestParts = {
  readonly labels: Readonly<Record<string, string>>;
  readonly rawQuery: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
};

function fromText(shape: Shape | undefined, text: string): unknown {
  switch (shape?.type) {
    case 'integer':
    case 'long':
      return Number(text);
    case 'boolean':
      return text.trim().toLowerCase() === 'true';
    case 'timestamp': {
      const ms = Date.parse(text);
      return Number.isNaN(ms) ? undefined : new Date(ms);
    }
    case 'list':
      return text.split(',').map((s) => s.trim());
    default:
      return text;
  }
}

function readPayload(model: ServiceModel, member: ShapeRef, body: Uint8Array): unknown {
  const shape = model.shapes[member.shape];
  if (shape?.type === 'blob') return body;
  if (body.length === 0) return undefined;
  if (shape?.type !== 'structure') return fromUtf8(body);
  const root = parseXml(fromUtf8(body));
  if (!root) throw malformedXml();
  return readXmlValue(model, member, root);
}

export function deserializeRestXmlInput(model: ServiceModel, operation: string, parts: RestRequestParts): Record<string, unknown> {
  const ref = model.operations[operation]?.input;
  const shape = ref ? model.shapes[ref.shape] : undefined;
  if (!shape) return {};
  const query = parseRawQuery(parts.rawQuery);
  const input: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(shape.members ?? {})) {
    const memberShape = model.shapes[member.shape];
    const wireName = member.locationName ?? name;
    let value: unknown;
    switch (member.location) {
      case 'uri':
        value = parts.labels[wireName];
        break;
      case 'querystring': {
        const found = query.find(([k]) => k === wireName);
        value = found ? fromText(memberShape, found[1]) : undefined;
        break;
      }
      case 'header': {
        const text = parts.headers[wireName.toLowerCase()];
        value = text === undefined ? undefined : fromText(memberShape, text);
        break;
      }
      case 'headers': {
        const prefix = wireName.toLowerCase();
        const entries = Object.entries(parts.headers).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]);
        value = entries.length > 0 ? Object.fromEntries(entries) : undefined;
        break;
      }
      default:
        value = shape.payload === name ? readPayload(model, member, parts.body) : undefined;
    }
    if (value !== undefined) input[name] = value;
  }
  return input;
}
