/**
 * CloudTrail's part of the state: the event history. Records follow AWS's record shape
 * (eventVersion 1.11); the IAM/CloudTrail issue fills requestParameters, responseElements,
 * resources and the per-principal userIdentity variants.
 */
export type CloudTrailRecord = {
  eventVersion: string;
  userIdentity: Record<string, unknown>;
  eventTime: string;
  eventSource: string;
  eventName: string;
  awsRegion: string;
  sourceIPAddress: string;
  userAgent: string;
  errorCode?: string;
  errorMessage?: string;
  requestParameters: Record<string, unknown> | null;
  responseElements: Record<string, unknown> | null;
  requestID: string;
  eventID: string;
  readOnly: boolean;
  eventType: 'AwsApiCall';
  managementEvent: boolean;
  recipientAccountId: string;
  eventCategory: 'Management' | 'Data';
};

export type CloudTrailState = { events: CloudTrailRecord[] };

export const emptyCloudTrailState = (): CloudTrailState => ({ events: [] });
