/**
 * The wire door into the engine: one HTTP request in, one AWS-shaped HTTP response out.
 * The loopback endpoint, the in-process @aws-sdk requestHandler and the service worker all
 * call this. It never throws: every failure becomes the service's own error response.
 */
import type { Account } from '../account.ts';
import { dispatch } from '../dispatch.ts';
import { AwsError } from '../errors.ts';
import { loadAllModels } from '../models/index.ts';
import { deserializeJsonInput, JSON_CONTENT_TYPE, serializeJsonError, serializeJsonOutput } from './awsJson.ts';
import { handleQuery } from './handleQuery.ts';
import { identifyService, targetOperation, type WireService } from './services.ts';
import { verifySigV4 } from './sigv4/verifySigV4.ts';
import { handleS3 } from './restXml/handleS3.ts';
import type { WireRequest, WireResponse } from './wire.ts';

type Failure = { code: string; message: string; httpStatus: number };

const jsonResponse = (status: number, requestId: string, body: Uint8Array): WireResponse => ({
  status,
  headers: { 'content-type': JSON_CONTENT_TYPE, 'x-amzn-requestid': requestId },
  body,
});

const jsonFailure = (failure: Failure, requestId: string) =>
  jsonResponse(failure.httpStatus, requestId, serializeJsonError(failure.code, failure.message));

/** A request no service claims: answer the way an awsJson front end answers an unknown target. */
const unknownOperation = (service: string) => new AwsError('UnknownOperationException', '', 400, service);

async function handleJson(account: Account, service: WireService, request: WireRequest, requestId: string): Promise<WireResponse> {
  const verified = await verifySigV4(account, request, service.signingName);
  if (!verified.ok) return jsonFailure(verified.error, requestId);
  const operation = targetOperation(request.headers['x-amz-target'] ?? '');
  if (!service.model.operations[operation]) return jsonFailure(unknownOperation(service.name), requestId);
  const input = deserializeJsonInput(service.model, operation, request.body, service.name);
  const outcome = await dispatch(account, {
    action: `${service.name}:${operation}`,
    input,
    caller: { kind: 'accessKey', accessKeyId: verified.caller.accessKeyId },
    source: {
      sourceIp: request.sourceIp,
      // Browsers may not set User-Agent on fetch; the SDK's own header stands in (protocols.md §5).
      userAgent: request.headers['user-agent'] ?? request.headers['x-amz-user-agent'] ?? '',
      secureTransport: request.secureTransport,
    },
    requestId,
  });
  if (!outcome.ok) return jsonFailure(outcome.error, requestId);
  return jsonResponse(200, requestId, serializeJsonOutput(service.model, operation, outcome.value));
}

export async function handleHttp(account: Account, request: WireRequest): Promise<WireResponse> {
  const requestId = account.platform.ids.uuid();
  try {
    // Services are told apart by their models (an unsigned query form's Action), so all are needed here.
    await loadAllModels();
    const service = identifyService(request);
    if (!service) return jsonFailure(unknownOperation('unknown'), requestId);
    if (service.protocol === 'restXml') return await handleS3(account, request, requestId);
    if (service.protocol === 'awsQuery') return await handleQuery(account, service, request, requestId);
    return await handleJson(account, service, request, requestId);
  } catch (thrown) {
    if (thrown instanceof AwsError) return jsonFailure(thrown, requestId);
    // A bug in the lab: keep the caller's response AWS-shaped and the cause in the console.
    console.error('[engine] handleHttp internal error', thrown);
    return jsonFailure({ code: 'InternalFailure', message: 'The request processing has failed because of an unknown error, exception or failure.', httpStatus: 500 }, requestId);
  }
}
