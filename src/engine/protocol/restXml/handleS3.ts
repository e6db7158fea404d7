/**
 * S3's wire door: addressing (virtual-host or path style), authentication (SigV4, SigV2 or
 * anonymous), routing to an operation, restXml in and out, and S3's error XML — with no
 * body at all for HEAD requests, as S3 sends (protocols.md §4). Never throws.
 */
import type { Account } from '../../account.ts';
import { dispatch } from '../../dispatch.ts';
import { AwsError } from '../../errors.ts';
import { modelOf } from '../../models/index.ts';
import { isOperationId } from '../../operations.ts';
import { notInThisLab } from '../../s3/s3Errors.ts';
import { parseRawQuery } from '../sigv4/canonicalRequest.ts';
import type { WireRequest, WireResponse } from '../wire.ts';
import { deserializeRestXmlInput } from './restXmlInput.ts';
import { serializeRestXmlOutput } from './restXmlOutput.ts';
import { s3Address, type S3Address } from './s3Address.ts';
import { authenticateS3 } from './s3Authenticate.ts';
import { s3Operation } from './s3Route.ts';
import { hostIdOf, methodNotAllowed, s3RequestId, serializeS3Error } from './s3WireErrors.ts';

type ErrorLike = { code: string; message: string; httpStatus: number; data?: Readonly<Record<string, string>> };

const INTERNAL: ErrorLike = { code: 'InternalError', message: 'We encountered an internal error. Please try again.', httpStatus: 500 };

const baseHeaders = (requestId: string): Record<string, string> => ({ 'x-amz-request-id': requestId, 'x-amz-id-2': hostIdOf(requestId), server: 'AmazonS3' });

function errorResponse(method: string, error: ErrorLike, requestId: string): WireResponse {
  const headers = { ...baseHeaders(requestId), 'content-type': 'application/xml' };
  // HEAD answers carry the status only; the SDKs name the error from it (NotFound, Unknown).
  return { status: error.httpStatus, headers, body: method === 'HEAD' ? new Uint8Array() : serializeS3Error(error, requestId) };
}

const resourceType = (address: S3Address) => (address.bucket === undefined ? 'SERVICE' : address.key === undefined ? 'BUCKET' : 'OBJECT');

/** The headers the operation reads: aws-chunked is transport framing, not the object's Content-Encoding. */
function payloadHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out = { ...headers };
  const encoding = (out['content-encoding'] ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '' && s !== 'aws-chunked');
  if (encoding.length > 0) out['content-encoding'] = encoding.join(', ');
  else delete out['content-encoding'];
  if (out['x-amz-decoded-content-length'] !== undefined) out['content-length'] = out['x-amz-decoded-content-length'];
  return out;
}

async function answer(account: Account, request: WireRequest, requestId: string): Promise<WireResponse> {
  const address = s3Address(request.headers.host ?? '', request.path);
  const auth = await authenticateS3(account, request, address.virtualHost ? address.bucket : undefined);
  const operation = s3Operation(request.method, address, parseRawQuery(request.rawQuery), request.headers);
  if (operation === undefined) throw methodNotAllowed(request.method, resourceType(address));
  const action = `s3:${operation}`;
  if (!isOperationId(action)) throw notInThisLab(operation);
  const labels = { ...(address.bucket !== undefined ? { Bucket: address.bucket } : {}), ...(address.key !== undefined ? { Key: address.key } : {}) };
  const input = deserializeRestXmlInput(modelOf('s3'), operation, { labels, rawQuery: request.rawQuery, headers: payloadHeaders(request.headers), body: auth.body });
  const outcome = await dispatch(account, {
    action,
    input,
    caller: auth.caller,
    source: {
      sourceIp: request.sourceIp,
      userAgent: request.headers['user-agent'] ?? request.headers['x-amz-user-agent'] ?? '',
      secureTransport: request.secureTransport,
      ...(auth.signatureVersion ? { signatureVersion: auth.signatureVersion } : {}),
    },
    requestId,
  });
  if (!outcome.ok) return errorResponse(request.method, outcome.error, requestId);
  const output = serializeRestXmlOutput(modelOf('s3'), operation, outcome.value as Record<string, unknown>);
  const status = operation === 'GetObject' && output.headers['content-range'] !== undefined ? 206 : output.status;
  const body = request.method === 'HEAD' ? new Uint8Array() : output.body;
  return { status, headers: { ...baseHeaders(requestId), ...output.headers }, body, ...(output.streaming ? { streaming: true } : {}) };
}

export async function handleS3(account: Account, request: WireRequest, uuid: string): Promise<WireResponse> {
  const requestId = s3RequestId(uuid);
  try {
    return await answer(account, request, requestId);
  } catch (thrown) {
    if (thrown instanceof AwsError) return errorResponse(request.method, thrown, requestId);
    console.error('[engine] S3 internal error', thrown);
    return errorResponse(request.method, INTERNAL, requestId);
  }
}
