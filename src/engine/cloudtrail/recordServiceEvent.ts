/**
 * Events AWS services log on their own, with no request behind them: KMS deleting a key when
 * its waiting period ends (DeleteKey) and rotating key material automatically (RotateKey).
 * Shape from the KMS Developer Guide (ct-delete-key, ct-rotatekey): userIdentity names only the
 * account and "AWS Internal", no requestID, eventType AwsServiceEvent.
 */
import type { Account } from '../account.ts';
import { storeRecord } from './recordCall.ts';
import type { CloudTrailRecord } from './state.ts';
import { isoSeconds } from './userIdentity.ts';

export type ServiceEvent = {
  readonly eventSource: string;
  readonly eventName: string;
  /** The key (or other resource) the event is about. */
  readonly resource: { readonly type: string; readonly ARN: string };
  readonly serviceEventDetails?: Record<string, unknown>;
};

export function recordServiceEvent(account: Account, at: number, event: ServiceEvent): CloudTrailRecord {
  const { accountId, region } = account.facts;
  const record: CloudTrailRecord = {
    eventVersion: '1.11',
    userIdentity: { accountId, invokedBy: 'AWS Internal' },
    eventTime: isoSeconds(at),
    eventSource: event.eventSource,
    eventName: event.eventName,
    awsRegion: region,
    sourceIPAddress: 'AWS Internal',
    userAgent: 'AWS Internal',
    requestParameters: null,
    responseElements: null,
    eventID: account.platform.ids.uuid(),
    readOnly: false,
    resources: [{ accountId, ...event.resource }],
    eventType: 'AwsServiceEvent',
    managementEvent: true,
    recipientAccountId: accountId,
    ...(event.serviceEventDetails ? { serviceEventDetails: event.serviceEventDetails } : {}),
    eventCategory: 'Management',
  };
  storeRecord(account, record, at);
  return record;
}

/** The KMS service events: a key's deletion and its automatic rotation. */
export const recordKmsKeyEvent = (account: Account, at: number, eventName: 'DeleteKey' | 'RotateKey', key: { keyId: string; arn: string }) =>
  recordServiceEvent(account, at, {
    eventSource: 'kms.amazonaws.com',
    eventName,
    resource: { type: 'AWS::KMS::Key', ARN: key.arn },
    ...(eventName === 'RotateKey' ? { serviceEventDetails: { keyId: key.keyId } } : {}),
  });
