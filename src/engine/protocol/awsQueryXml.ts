/**
 * awsQuery responses (IAM, STS) as AWS writes them:
 * `<OpResponse xmlns="…"><OpResult>…</OpResult><ResponseMetadata><RequestId>…` with list
 * items as <member>, maps as <entry><key/><value/>, ISO-8601 timestamps, and errors as
 * `<ErrorResponse><Error><Type>Sender</Type><Code/><Message/></Error><RequestId/>`.
 */
import type { ServiceModel, ShapeRef } from '../models/types.ts';
import { utf8 } from '../../shared/bytes.ts';
import { isPlainObject } from './typeMismatch.ts';

export const XML_CONTENT_TYPE = 'text/xml';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** IAM answers policy documents URL-encoded (RFC 3986); boto3 decodes them, JS v3 leaves them as sent. */
const URL_ENCODED_SHAPES = new Set(['policyDocumentType']);

/** Whole seconds, as IAM and STS print them: 2026-01-15T09:00:00Z. */
export const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

function scalarText(shapeName: string, value: unknown): string {
  if (value instanceof Date) return isoSeconds(value);
  const text = String(value);
  return URL_ENCODED_SHAPES.has(shapeName) ? encodeURIComponent(text) : text;
}

function writeValue(model: ServiceModel, ref: ShapeRef, value: unknown): string {
  const shape = model.shapes[ref.shape];
  if (shape?.type === 'structure' && isPlainObject(value)) return writeMembers(model, ref, value);
  if (shape?.type === 'list' && Array.isArray(value) && shape.member) {
    const item = shape.member.locationName ?? 'member';
    return value.map((v) => `<${item}>${writeValue(model, shape.member as ShapeRef, v)}</${item}>`).join('');
  }
  if (shape?.type === 'map' && isPlainObject(value) && shape.key && shape.value) {
    const valueRef = shape.value;
    return Object.entries(value)
      .map(([k, v]) => `<entry><key>${escapeXml(k)}</key><value>${writeValue(model, valueRef, v)}</value></entry>`)
      .join('');
  }
  return escapeXml(scalarText(ref.shape, value));
}

function writeMembers(model: ServiceModel, ref: ShapeRef, value: Record<string, unknown>): string {
  const shape = model.shapes[ref.shape];
  let xml = '';
  for (const [name, member] of Object.entries(shape?.members ?? {})) {
    const child = value[name];
    if (child === undefined || child === null) continue;
    const tag = member.locationName ?? name;
    xml += `<${tag}>${writeValue(model, member, child)}</${tag}>`;
  }
  return xml;
}

const namespaceOf = (model: ServiceModel) => model.metadata.xmlNamespace ?? '';

export function serializeQueryOutput(model: ServiceModel, operation: string, output: unknown, requestId: string): Uint8Array {
  const ref = model.operations[operation]?.output;
  const result = ref && isPlainObject(output) ? `<${operation}Result>${writeMembers(model, ref, output)}</${operation}Result>` : '';
  return utf8(
    `<${operation}Response xmlns="${namespaceOf(model)}">${result}` +
      `<ResponseMetadata><RequestId>${escapeXml(requestId)}</RequestId></ResponseMetadata></${operation}Response>`,
  );
}

/** `Sender` for the caller's mistakes, `Receiver` for the service's own failures (5xx). */
export function serializeQueryError(model: ServiceModel | undefined, code: string, message: string, status: number, requestId: string): Uint8Array {
  const xmlns = model ? ` xmlns="${namespaceOf(model)}"` : '';
  const type = status >= 500 ? 'Receiver' : 'Sender';
  return utf8(
    `<ErrorResponse${xmlns}><Error><Type>${type}</Type><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error>` +
      `<RequestId>${escapeXml(requestId)}</RequestId></ErrorResponse>`,
  );
}
