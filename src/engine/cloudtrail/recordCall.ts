/**
 * The CloudTrail step of dispatch: every call, success or failure, becomes a record in AWS's
 * shape. Management events join the event history (LookupEvents); every record a logging
 * trail selects waits in that trail for its next log file (deliverLogFiles.ts).
 */
import type { Account } from '../account.ts';
import type { AwsError } from '../errors.ts';
import type { OperationContext } from '../operation.ts';
import { eventDetailsOf, isReadOnlyEvent } from './eventDetails.ts';
import { workDueBy } from '../dueTime.ts';
import { addToEventHistory, addToPending, EVENT_HISTORY_MS, timeOf } from './eventHistory.ts';
import { isS3DataEvent, s3EventName, s3Resources } from './s3Resources.ts';
import { deliveryDelayOf, trailsOf, type CloudTrailRecord } from './state.ts';
import { trailSelects } from './trailSelects.ts';
import { invokedByOf, isoSeconds, userIdentityOf } from './userIdentity.ts';

/** What the call was given and, on success, what it answered. */
export type RecordedCall = { readonly input: unknown; readonly output?: unknown };

/** KMS records an AccessDeniedException as errorCode "AccessDenied" (protocols.md §7). */
const loggedErrorCode = (service: string, code: string) => (service === 'kms' && code === 'AccessDeniedException' ? 'AccessDenied' : code);

function tlsDetailsOf(ctx: OperationContext, service: string) {
  if (!ctx.source.secureTransport || ctx.source.viaService) return undefined;
  return { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_256_GCM_SHA384', clientProvidedHostHeader: `${service}.${ctx.account.facts.region}.amazonaws.com` };
}

export function buildRecord(ctx: OperationContext, service: string, name: string, error: AwsError | undefined, call: RecordedCall): CloudTrailRecord {
  const { facts } = ctx.account;
  const via = ctx.source.viaService;
  const details = eventDetailsOf(ctx.account, service, name, call.input, error ? undefined : call.output);
  const data = service === 's3' && isS3DataEvent(name);
  const resources = details.resources ?? (service === 's3' ? s3Resources(facts.accountId, name, call.input) : undefined);
  const tlsDetails = tlsDetailsOf(ctx, service);
  return {
    eventVersion: '1.11',
    userIdentity: userIdentityOf(ctx.principal, via),
    eventTime: isoSeconds(ctx.now),
    eventSource: `${service}.amazonaws.com`,
    eventName: service === 's3' ? s3EventName(name) : name,
    awsRegion: facts.region,
    // A service calling for the principal shows itself as source and agent (s3OnBehalfExamples).
    sourceIPAddress: via ? invokedByOf(via) : ctx.source.sourceIp,
    userAgent: via ? invokedByOf(via) : ctx.source.userAgent,
    ...(error ? { errorCode: loggedErrorCode(service, error.code), errorMessage: error.message } : {}),
    requestParameters: details.requestParameters,
    responseElements: details.responseElements,
    ...(details.additionalEventData ? { additionalEventData: details.additionalEventData } : {}),
    requestID: ctx.requestId,
    eventID: ctx.account.platform.ids.uuid(),
    readOnly: isReadOnlyEvent(service, name),
    ...(resources ? { resources } : {}),
    eventType: 'AwsApiCall',
    managementEvent: !data,
    recipientAccountId: facts.accountId,
    eventCategory: data ? 'Data' : 'Management',
    ...(tlsDetails ? { tlsDetails } : {}),
  };
}

/** Adds a record to the event history (management events only) and to the trails that select it. */
export function storeRecord(account: Account, record: CloudTrailRecord, now: number): void {
  const { cloudtrail } = account.state;
  const at = timeOf(record);
  // Event history keeps 90 days (and the lab's limit); older records are gone, as in AWS.
  if (record.managementEvent) {
    addToEventHistory(cloudtrail, record, now);
    workDueBy(account, at + EVENT_HISTORY_MS);
  }
  for (const trail of Object.values(trailsOf(cloudtrail))) {
    if (!trail.isLogging || !trailSelects(trail, record)) continue;
    addToPending(cloudtrail, trail.pending, record);
    workDueBy(account, at + deliveryDelayOf(cloudtrail));
  }
}

export function recordCall(ctx: OperationContext, service: string, name: string, error?: AwsError, call: RecordedCall = { input: {} }): CloudTrailRecord {
  const record = buildRecord(ctx, service, name, error, call);
  storeRecord(ctx.account, record, ctx.now);
  return record;
}
