/**
 * The one pipeline. Console buttons, CLI lines, SDK calls and loopback HTTP all end here:
 * scheduled work → authenticate → validate → authorize → handler → CloudTrail → change event.
 * It never throws: every outcome is a Result, and anything that is not an AwsError is a bug
 * reported as the service's internal error rather than a raw JavaScript error.
 */
import { nowOf, type Account } from './account.ts';
import { AwsError, type AwsErrorJson } from './errors.ts';
import { emit } from './events.ts';
import { authenticate } from './iam/authenticate.ts';
import { authorize, type Decision } from './iam/authorize.ts';
import { recordCall } from './cloudtrail/recordCall.ts';
import { isServiceName, loadedModel, loadModel } from './models/index.ts';
import type { CallSource, OperationContext } from './operation.ts';
import { isOperationId, operations, splitAction } from './operations.ts';
import { isMutating } from './operationTraits.ts';
import type { Caller, Principal } from './principal.ts';
import { validateInput } from './protocol/validate.ts';
import { withoutNulls } from './protocol/withoutNulls.ts';
import { isWorkDue, runScheduledWork } from './scheduled.ts';
import { stateChanged } from './derivedState.ts';
import { accessDenied } from './iam/accessDenied.ts';
import type { Result } from '../shared/result.ts';

export type Call = {
  readonly action: string;
  readonly input: unknown;
  readonly caller: Caller;
  readonly source?: CallSource;
  /** The wire layer passes the id it answers with; otherwise one is made. */
  readonly requestId?: string;
};

export type CallFailure = AwsErrorJson & {
  readonly requestId: string;
  /** Present when authorization decided the outcome (the console's "Why was this denied?"). */
  readonly decision?: Decision;
};

export type CallOutcome = Result<unknown, CallFailure> & { readonly requestId: string };

const CONSOLE_SOURCE: CallSource = { sourceIp: 'AWS Internal', userAgent: 'AWS Internal', secureTransport: true };

/** Each service's own answer when something breaks inside it. */
const INTERNAL_ERRORS: Record<string, { code: string; message: string }> = {
  kms: { code: 'KMSInternalException', message: 'The request processing has failed because of an unknown error, exception or failure.' },
  s3: { code: 'InternalError', message: 'We encountered an internal error. Please try again.' },
};
const DEFAULT_INTERNAL = { code: 'InternalFailure', message: 'The request processing has failed because of an unknown error, exception or failure.' };

function toAwsError(error: unknown, service: string): AwsError {
  if (error instanceof AwsError) return error;
  // A bug in the lab: keep the learner's call AWS-shaped, keep the cause for developers.
  console.error('[engine] internal error', error);
  const { code, message } = INTERNAL_ERRORS[service] ?? DEFAULT_INTERNAL;
  return new AwsError(code, message, 500, service);
}

export async function dispatch(account: Account, call: Call): Promise<CallOutcome> {
  const requestId = call.requestId ?? account.platform.ids.uuid();
  const { service, name } = splitAction(call.action);
  const source = call.source ?? CONSOLE_SOURCE;
  let ctx: OperationContext | undefined;
  let decision: Decision | undefined;
  try {
    const now = nowOf(account);
    // Awaited only when something is due: most calls need not give up their turn for nothing.
    if (isWorkDue(account, now)) await runScheduledWork(account, now);
    if (!isOperationId(call.action)) throw new AwsError('UnknownOperationException', '', 400, service);
    // AWS authenticates before it looks at the input: an unknown key never sees a validation error.
    const principal: Principal = authenticate(account, call.caller, service);
    ctx = { account, principal, now, requestId, source };
    // An absent input is an empty request body on the wire: `{}`, never a crash in a handler;
    // a null member is one not sent, as validation also reads it.
    const input = withoutNulls(call.input ?? {});
    const model = isServiceName(service) ? (loadedModel(service) ?? (await loadModel(service))) : undefined;
    const invalid = model ? validateInput(model, name, input, service) : undefined;
    if (invalid) throw invalid;
    decision = authorize(ctx, call.action, input);
    if (decision.decision !== 'Allow') throw accessDenied(ctx, call.action, decision);
    const handler = operations[call.action];
    const value = await handler(ctx, input as never);
    recordCall(ctx, service, name, undefined, { input, output: value });
    finish(account, call.action, true, requestId);
    return { ok: true, value, requestId };
  } catch (thrown) {
    const error = toAwsError(thrown, service);
    if (ctx) recordFailure(ctx, service, name, error, call.input ?? {});
    finish(account, call.action, false, requestId, error.code);
    const failure: CallFailure = { ...error.toJSON(), requestId, ...(decision && decision.decision !== 'Allow' ? { decision } : {}) };
    return { ok: false, error: failure, requestId };
  }
}

/** A failed call's record is made from the input as sent, which may be anything: its own bug must not escape. */
function recordFailure(ctx: OperationContext, service: string, name: string, error: AwsError, input: unknown) {
  try {
    recordCall(ctx, service, name, error, { input });
  } catch (bug) {
    console.error('[engine] internal error while recording a failed call', bug);
  }
}

function finish(account: Account, action: string, ok: boolean, requestId: string, errorCode?: string) {
  const mutating = isMutating(splitAction(action).name);
  // Even a failed call may have changed something before it failed: derived values are dropped either way.
  if (mutating) stateChanged(account);
  emit(account.listeners, { type: 'call', action, ok, mutating: ok && mutating, requestId, ...(errorCode ? { errorCode } : {}) });
}
