/**
 * Event history's lookup attributes: how each AttributeKey reads a record, and the user name
 * event history shows (the IAM user's name, an assumed role's session name, "root").
 */
import type { CloudTrailRecord } from './state.ts';

export type LookupAttributeKey = 'EventId' | 'EventName' | 'ReadOnly' | 'Username' | 'ResourceType' | 'ResourceName' | 'EventSource' | 'AccessKeyId';

export function usernameOf(record: CloudTrailRecord): string | undefined {
  const identity = record.userIdentity;
  const arn = typeof identity.arn === 'string' ? identity.arn : '';
  switch (identity.type) {
    case 'IAMUser': return typeof identity.userName === 'string' ? identity.userName : undefined;
    case 'AssumedRole': return arn.slice(arn.lastIndexOf('/') + 1);
    case 'Root': return 'root';
    default: return undefined;
  }
}

export function attributeValues(record: CloudTrailRecord, key: LookupAttributeKey): (string | undefined)[] {
  switch (key) {
    case 'EventId': return [record.eventID];
    case 'EventName': return [record.eventName];
    case 'ReadOnly': return [String(record.readOnly)];
    case 'Username': return [usernameOf(record)];
    case 'ResourceType': return (record.resources ?? []).map((r) => r.type);
    case 'ResourceName': return (record.resources ?? []).map((r) => r.ARN ?? r.ARNPrefix ?? '');
    case 'EventSource': return [record.eventSource];
    case 'AccessKeyId': return [typeof record.userIdentity.accessKeyId === 'string' ? record.userIdentity.accessKeyId : undefined];
  }
}

/** One entry of LookupEvents' Events, with the whole record as the CloudTrailEvent JSON string. */
export function toLookupEvent(record: CloudTrailRecord) {
  const accessKeyId = attributeValues(record, 'AccessKeyId')[0];
  const username = usernameOf(record);
  return {
    EventId: record.eventID,
    EventName: record.eventName,
    ReadOnly: String(record.readOnly),
    ...(accessKeyId ? { AccessKeyId: accessKeyId } : {}),
    EventTime: new Date(Date.parse(record.eventTime)),
    EventSource: record.eventSource,
    ...(username ? { Username: username } : {}),
    Resources: (record.resources ?? []).map((r) => ({ ResourceType: r.type, ResourceName: r.ARN ?? r.ARNPrefix })),
    CloudTrailEvent: JSON.stringify(record),
  };
}
