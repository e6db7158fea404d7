/**
 * Engine output → restXml response, driven by the operation's output shape: header members
 * become headers (HTTP-dates for timestamps), Metadata becomes x-amz-meta-*, the payload
 * member is the raw body (GetObject) or its own XML document, and the remaining members are
 * written under the document element S3 uses for that operation.
 */
import type { ServiceModel, ShapeRef } from '../../models/types.ts';
import { utf8 } from '../../../shared/bytes.ts';
import { writeMember, writeXmlValue } from './xmlShapes.ts';
import { element, XML_DECLARATION } from './xmlTree.ts';

export const S3_XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';

/** The document element S3 answers with, where it is not the output shape's name. */
const DOCUMENT_ELEMENTS: Readonly<Record<string, string>> = {
  ListBuckets: 'ListAllMyBucketsResult',
  ListObjectsV2: 'ListBucketResult',
  GetBucketAcl: 'AccessControlPolicy',
  GetObjectAcl: 'AccessControlPolicy',
  CreateMultipartUpload: 'InitiateMultipartUploadResult',
  CompleteMultipartUpload: 'CompleteMultipartUploadResult',
  ListParts: 'ListPartsResult',
};

export type RestXmlResponse = { status: number; headers: Record<string, string>; body: Uint8Array; streaming: boolean };

function headerText(model: ServiceModel, ref: ShapeRef, value: unknown): string {
  const type = model.shapes[ref.shape]?.type;
  if (type === 'timestamp') return (value instanceof Date ? value : new Date(Number(value))).toUTCString();
  return String(value);
}

export function serializeRestXmlOutput(model: ServiceModel, operation: string, output: Record<string, unknown>): RestXmlResponse {
  const op = model.operations[operation];
  const shape = op?.output ? model.shapes[op.output.shape] : undefined;
  const headers: Record<string, string> = {};
  const response: RestXmlResponse = { status: op?.http.responseCode ?? 200, headers, body: new Uint8Array(), streaming: false };
  if (!shape) return response;
  let inner = '';
  for (const [name, member] of Object.entries(shape.members ?? {})) {
    const value = output[name];
    if (value === undefined || value === null) continue;
    const wireName = member.locationName ?? name;
    if (member.location === 'header') headers[wireName.toLowerCase()] = headerText(model, member, value);
    else if (member.location === 'headers') {
      for (const [k, v] of Object.entries(value as Record<string, string>)) headers[`${wireName}${k}`.toLowerCase()] = v;
    } else if (member.location === 'statusCode') response.status = Number(value);
    else if (shape.payload === name) {
      const payloadShape = model.shapes[member.shape];
      if (payloadShape?.type === 'blob') {
        response.body = value as Uint8Array;
        // botocore marks streaming on the member (Body) or, in older models, on its shape.
        response.streaming = (member as { streaming?: boolean }).streaming === true || payloadShape.streaming === true;
      } else if (payloadShape?.type === 'structure') {
        response.body = utf8(XML_DECLARATION + writeXmlValue(model, member, value, wireName).replace(/^<([^\s>]+)/, `<$1 xmlns="${S3_XMLNS}"`));
        headers['content-type'] = 'application/xml';
      } else {
        response.body = utf8(String(value));
      }
    } else if (!member.location) inner += writeMember(model, member, value, wireName);
  }
  if (operation === 'GetBucketLocation') {
    // Its document element is the value itself, empty for us-east-1: <LocationConstraint xmlns="…"/>.
    const region = typeof output.LocationConstraint === 'string' ? output.LocationConstraint : '';
    response.body = utf8(`${XML_DECLARATION}<LocationConstraint xmlns="${S3_XMLNS}">${region}</LocationConstraint>`);
    headers['content-type'] = 'application/xml';
  } else if (shape.payload === undefined && inner !== '') {
    response.body = utf8(XML_DECLARATION + element(DOCUMENT_ELEMENTS[operation] ?? op?.output?.shape.replace(/Output$/, 'Result') ?? 'Result', inner, { xmlns: S3_XMLNS }));
    headers['content-type'] = 'application/xml';
  }
  return response;
}
