/** The CloudTrail step of dispatch: every call, success or failure, becomes a record. */
import type { OperationContext } from '../operation.ts';
import type { AwsError } from '../errors.ts';
import type { CloudTrailRecord } from './state.ts';
import { isReadOnly } from '../operationTraits.ts';

function userIdentityOf(ctx: OperationContext): Record<string, unknown> {
  const p = ctx.principal;
  if (p.type === 'Anonymous') return { type: 'AWSAccount', principalId: '', accountId: 'ANONYMOUS_PRINCIPAL' };
  return {
    type: p.type,
    principalId: p.principalId,
    arn: p.arn,
    accountId: p.accountId,
    ...(p.accessKeyId ? { accessKeyId: p.accessKeyId } : {}),
    ...(p.userName ? { userName: p.userName } : {}),
  };
}

export function recordCall(ctx: OperationContext, service: string, name: string, error?: AwsError): CloudTrailRecord {
  const { facts } = ctx.account;
  const record: CloudTrailRecord = {
    eventVersion: '1.11',
    userIdentity: userIdentityOf(ctx),
    eventTime: new Date(ctx.now).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    eventSource: `${service}.amazonaws.com`,
    eventName: name,
    awsRegion: facts.region,
    sourceIPAddress: ctx.source.sourceIp,
    userAgent: ctx.source.userAgent,
    ...(error ? { errorCode: error.code, errorMessage: error.message } : {}),
    requestParameters: null,
    responseElements: null,
    requestID: ctx.requestId,
    eventID: ctx.account.platform.ids.uuid(),
    readOnly: isReadOnly(name),
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: facts.accountId,
    eventCategory: 'Management',
  };
  ctx.account.state.cloudtrail.events.push(record);
  return record;
}
