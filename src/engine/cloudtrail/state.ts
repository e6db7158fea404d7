/**
 * CloudTrail's part of the state: the event history (records in time order, oldest first), the trails,
 * and the log files trails have written. Records follow AWS's record shape (eventVersion 1.11);
 * the key order of a record is the order AWS writes it, because learners read the JSON.
 */
export type UserIdentity = Readonly<Record<string, unknown>>;

/** A resource names one ARN, or (a listing's objects) an ARNPrefix. */
export type RecordResource = { readonly accountId?: string; readonly type: string; readonly ARN?: string; readonly ARNPrefix?: string };

export type CloudTrailRecord = {
  eventVersion: string;
  userIdentity: UserIdentity;
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
  additionalEventData?: Record<string, unknown>;
  /** Absent on service events, which no request caused. */
  requestID?: string;
  eventID: string;
  readOnly: boolean;
  resources?: RecordResource[];
  eventType: 'AwsApiCall' | 'AwsServiceEvent';
  managementEvent: boolean;
  recipientAccountId: string;
  serviceEventDetails?: Record<string, unknown>;
  eventCategory: 'Management' | 'Data';
  tlsDetails?: { tlsVersion: string; cipherSuite: string; clientProvidedHostHeader: string };
};

export type EventSelector = {
  ReadWriteType?: 'ReadOnly' | 'WriteOnly' | 'All';
  IncludeManagementEvents?: boolean;
  DataResources?: { Type?: string; Values?: string[] }[];
  ExcludeManagementEventSources?: string[];
};

export type AdvancedFieldSelector = {
  Field: string;
  Equals?: string[];
  StartsWith?: string[];
  EndsWith?: string[];
  NotEquals?: string[];
  NotStartsWith?: string[];
  NotEndsWith?: string[];
};

export type AdvancedEventSelector = { Name?: string; FieldSelectors: AdvancedFieldSelector[] };

export type InsightSelector = { InsightType?: 'ApiCallRateInsight' | 'ApiErrorRateInsight'; EventCategories?: ('Management' | 'Data')[] };

export type Trail = {
  name: string;
  arn: string;
  s3BucketName: string;
  s3KeyPrefix?: string;
  includeGlobalServiceEvents: boolean;
  isMultiRegionTrail: boolean;
  logFileValidationEnabled: boolean;
  kmsKeyId?: string;
  isLogging: boolean;
  startLoggingTime?: number;
  stopLoggingTime?: number;
  latestDeliveryTime?: number;
  latestDeliveryAttemptTime?: number;
  /** The S3 error code of the last failed delivery (AccessDenied, NoSuchBucket …); cleared by a success. */
  latestDeliveryError?: string;
  /** Basic selectors, or advanced ones: a trail has one kind at a time. */
  eventSelectors?: EventSelector[];
  advancedEventSelectors?: AdvancedEventSelector[];
  /** PutInsightSelectors' choice; absent or empty means Insights is off (the default). */
  insightSelectors?: InsightSelector[];
  /** Records logged since the last delivery, waiting for the next log file. */
  pending: CloudTrailRecord[];
};

/** A log file S3 refused (bucket gone, policy changed), kept here so nothing is lost (deliverLogFile.ts). */
export type LogFile = { bucket: string; key: string; deliveredAt: number; gzipBase64: string };

export type CloudTrailState = {
  events: CloudTrailRecord[];
  trails?: Record<string, Trail>;
  logFiles?: LogFile[];
  /** Simulated time between an event and the log file that carries it; 5 minutes by default. */
  deliveryDelayMs?: number;
  /** Most records event history (and each trail's pending list) keeps; EVENT_HISTORY_LIMIT by default (eventHistory.ts). */
  eventHistoryLimit?: number;
};

/** AWS "typically delivers logs within an average of about 5 minutes". */
export const DEFAULT_DELIVERY_DELAY_MS = 5 * 60 * 1000;

export const deliveryDelayOf = (state: CloudTrailState): number => state.deliveryDelayMs ?? DEFAULT_DELIVERY_DELAY_MS;

export const emptyCloudTrailState = (): CloudTrailState => ({ events: [], trails: {}, logFiles: [] });

/** Trails of this account; accounts saved before trails existed get an empty table. */
export function trailsOf(state: CloudTrailState): Record<string, Trail> {
  return (state.trails ??= {});
}

export function logFilesOf(state: CloudTrailState): LogFile[] {
  return (state.logFiles ??= []);
}
