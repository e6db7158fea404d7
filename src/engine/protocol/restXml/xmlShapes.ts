/**
 * Model-driven conversion between S3's XML and engine values: element names come from the
 * members' locationNames, lists are flattened or wrapped as the model says, timestamps are
 * ISO 8601 in XML, and xsi:type-style members are attributes.
 */
import type { ServiceModel, Shape, ShapeRef } from '../../models/types.ts';
import { fromBase64, toBase64 } from '../../../shared/bytes.ts';
import { element, escapeXml, type XmlElement } from './xmlTree.ts';

type MemberRef = ShapeRef & { xmlAttribute?: boolean };
type NamespacedShape = Shape & { xmlNamespace?: { prefix?: string; uri: string } };

const isFlattened = (model: ServiceModel, ref: ShapeRef) => ref.flattened === true || model.shapes[ref.shape]?.flattened === true;

function readScalar(shape: Shape, text: string): unknown {
  switch (shape.type) {
    case 'integer':
    case 'long':
    case 'double':
    case 'float':
      return Number(text);
    case 'boolean':
      return text.trim() === 'true';
    case 'timestamp':
      return new Date(text.trim());
    case 'blob':
      return fromBase64(text.trim()) ?? new Uint8Array();
    default:
      return text;
  }
}

export function readXmlValue(model: ServiceModel, ref: ShapeRef, node: XmlElement): unknown {
  const shape = model.shapes[ref.shape];
  if (!shape) return node.text;
  if (shape.type === 'list') {
    const member = shape.member as ShapeRef;
    return node.children.map((child) => readXmlValue(model, member, child));
  }
  if (shape.type !== 'structure') return readScalar(shape, node.text);
  const out: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(shape.members ?? {}) as [string, MemberRef][]) {
    const tag = member.locationName ?? name;
    if (member.xmlAttribute) {
      const value = node.attributes[tag];
      if (value !== undefined) out[name] = value;
      continue;
    }
    const local = tag.slice(tag.indexOf(':') + 1);
    const matches = node.children.filter((c) => c.name === local);
    if (matches.length === 0) continue;
    const memberShape = model.shapes[member.shape];
    if (memberShape?.type === 'list' && isFlattened(model, member)) {
      out[name] = matches.map((m) => readXmlValue(model, memberShape.member as ShapeRef, m));
    } else {
      out[name] = readXmlValue(model, member, matches[0] as XmlElement);
    }
  }
  return out;
}

/** ISO 8601 with milliseconds, as S3 writes timestamps in XML: 2026-01-15T09:00:00.000Z. */
const xmlTime = (value: unknown) => (value instanceof Date ? value : new Date(Number(value))).toISOString();

export function writeXmlValue(model: ServiceModel, ref: ShapeRef, value: unknown, tag: string): string {
  if (value === undefined || value === null) return '';
  const shape = model.shapes[ref.shape] as NamespacedShape | undefined;
  if (!shape) return element(tag, escapeXml(String(value)));
  switch (shape.type) {
    case 'structure': {
      const record = value as Record<string, unknown>;
      const attributes: Record<string, string> = {};
      if (shape.xmlNamespace?.prefix) attributes[`xmlns:${shape.xmlNamespace.prefix}`] = shape.xmlNamespace.uri;
      let inner = '';
      for (const [name, member] of Object.entries(shape.members ?? {}) as [string, MemberRef][]) {
        const v = record[name];
        if (v === undefined || v === null) continue;
        if (member.xmlAttribute) attributes[member.locationName ?? name] = String(v);
        else inner += writeMember(model, member, v, member.locationName ?? name);
      }
      return element(tag, inner, attributes);
    }
    case 'list':
      return element(tag, writeList(model, shape, value as unknown[]));
    case 'timestamp':
      return element(tag, xmlTime(value));
    case 'blob':
      return element(tag, value instanceof Uint8Array ? toBase64(value) : escapeXml(String(value)));
    default:
      return element(tag, escapeXml(String(value)));
  }
}

function writeList(model: ServiceModel, shape: Shape, items: unknown[]): string {
  const member = shape.member as ShapeRef & { locationName?: string };
  return items.map((item) => writeXmlValue(model, member, item, member.locationName ?? 'member')).join('');
}

/** A structure member: flattened lists repeat the member's own tag, others wrap their items. */
export function writeMember(model: ServiceModel, member: ShapeRef, value: unknown, tag: string): string {
  const shape = model.shapes[member.shape];
  if (shape?.type === 'list' && isFlattened(model, member)) {
    return (value as unknown[]).map((item) => writeXmlValue(model, shape.member as ShapeRef, item, tag)).join('');
  }
  return writeXmlValue(model, member, value, tag);
}
