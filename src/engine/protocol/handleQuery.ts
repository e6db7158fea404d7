/**
 * The awsQuery door (IAM, STS): verify SigV4, read the form, dispatch, answer in XML. Auth
 * failures and every other error are reworded into the query services' codes and statuses.
 */
import type { Account } from '../account.ts';
import { dispatch } from '../dispatch.ts';
import { callSourceOf } from './callSource.ts';
import { asQueryError, invalidAction, missingAction } from './awsQueryErrors.ts';
import { deserializeQueryInput, parseQueryForm } from './awsQueryInput.ts';
import { serializeQueryError, serializeQueryOutput, XML_CONTENT_TYPE } from './awsQueryXml.ts';
import type { WireService } from './services.ts';
import { verifySigV4 } from './sigv4/verifySigV4.ts';
import type { WireRequest, WireResponse } from './wire.ts';

type Failure = { code: string; message: string; httpStatus: number };

const xmlResponse = (status: number, requestId: string, body: Uint8Array): WireResponse => ({
  status,
  headers: { 'content-type': XML_CONTENT_TYPE, 'x-amzn-requestid': requestId },
  body,
});

export function queryFailure(service: WireService, failure: Failure, requestId: string): WireResponse {
  const error = asQueryError(failure, service.model, service.name);
  return xmlResponse(error.httpStatus, requestId, serializeQueryError(service.model, error.code, error.message, error.httpStatus, requestId));
}

export async function handleQuery(account: Account, service: WireService, request: WireRequest, requestId: string): Promise<WireResponse> {
  const verified = await verifySigV4(account, request, service.signingName);
  if (!verified.ok) return queryFailure(service, verified.error, requestId);
  const form = parseQueryForm(request.body, request.rawQuery);
  const action = form.get('Action');
  if (!action) return queryFailure(service, missingAction(service.name), requestId);
  if (!service.model.operations[action]) {
    return queryFailure(service, invalidAction(action, form.get('Version') ?? '', service.name), requestId);
  }
  const outcome = await dispatch(account, {
    action: `${service.name}:${action}`,
    input: deserializeQueryInput(service.model, action, form),
    caller: { kind: 'accessKey', accessKeyId: verified.caller.accessKeyId },
    source: callSourceOf(request),
    requestId,
  });
  if (!outcome.ok) return queryFailure(service, outcome.error, requestId);
  return xmlResponse(200, requestId, serializeQueryOutput(service.model, action, outcome.value, requestId));
}
