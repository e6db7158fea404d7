/**
 * What the console's Create trail does, as calls: for a new bucket, s3:CreateBucket and
 * s3:PutBucketPolicy with the bucket policy the CloudTrail User Guide documents ("Amazon S3
 * bucket policy for CloudTrail"); then CreateTrail, PutEventSelectors and StartLogging (the
 * console starts logging at once; the API leaves a new trail stopped), with PutInsightSelectors
 * before it when Insights events are chosen.
 *
 * The engine has the same policy (engine/cloudtrail/cloudTrailPolicies.ts) but the UI may not
 * import the engine; when the client exports it, this should use that one.
 */
import type { InputOf } from '../../client/engineClient.ts';

export type TrailForm = {
  readonly name: string;
  readonly bucket: { readonly kind: 'new' | 'existing'; readonly name: string };
  readonly kmsKeyId?: string;
  readonly management: { readonly read: boolean; readonly write: boolean };
  readonly data: { readonly kind: 'none' | 'allBuckets' | 'bucket'; readonly bucket: string };
  /**
   * The console opens Create trail on advanced event selectors; "Switch to basic event selectors"
   * turns to the basic ones (absent: basic, as before the switch existed).
   */
  readonly selectors?: 'advanced' | 'basic';
  /** Insights types chosen under Insights events (none: Insights off). */
  readonly insights?: readonly InsightType[];
};

export type InsightType = 'ApiCallRateInsight' | 'ApiErrorRateInsight';

type Scope = { readonly accountId: string; readonly region: string };

export const trailArn = (s: Scope, name: string) => `arn:aws:cloudtrail:${s.region}:${s.accountId}:trail/${name}`;

/** The console proposes aws-cloudtrail-logs-<account>-<8 random hex>. */
export const suggestedBucketName = (accountId: string, random: string) => `aws-cloudtrail-logs-${accountId}-${random.slice(0, 8)}`;

export function trailBucketPolicy(s: Scope, bucket: string, trailName: string): string {
  const onlyThisTrail = { 'aws:SourceArn': trailArn(s, trailName) };
  const cloudTrail = { Service: 'cloudtrail.amazonaws.com' };
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AWSCloudTrailAclCheck20150319', Effect: 'Allow', Principal: cloudTrail, Action: 's3:GetBucketAcl', Resource: `arn:aws:s3:::${bucket}`, Condition: { StringEquals: onlyThisTrail } },
      {
        Sid: 'AWSCloudTrailWrite20150319', Effect: 'Allow', Principal: cloudTrail, Action: 's3:PutObject',
        Resource: `arn:aws:s3:::${bucket}/AWSLogs/${s.accountId}/*`,
        Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', ...onlyThisTrail } },
      },
    ],
  }, null, 2);
}

/** Basic event selectors for the form; S3 data events for every bucket use the value "arn:aws:s3". */
export function eventSelectorsOf(form: TrailForm): InputOf<'cloudtrail:PutEventSelectors'>['EventSelectors'] {
  const { read, write } = form.management;
  const ReadWriteType = read && write ? 'All' : read ? 'ReadOnly' : write ? 'WriteOnly' : 'All';
  const values = form.data.kind === 'allBuckets' ? ['arn:aws:s3'] : form.data.kind === 'bucket' ? [`arn:aws:s3:::${form.data.bucket}/`] : [];
  return [{
    ReadWriteType,
    IncludeManagementEvents: read || write,
    ...(values.length ? { DataResources: [{ Type: 'AWS::S3::Object', Values: values }] } : {}),
  }];
}

/**
 * Advanced event selectors for the form: management events (readOnly narrowed when only one of
 * read/write is chosen) and, for S3 data events ("Log all events"), every S3 object. Advanced
 * selectors have no one-bucket form here (that takes a resources.ARN condition).
 */
export function advancedEventSelectorsOf(form: TrailForm): NonNullable<InputOf<'cloudtrail:PutEventSelectors'>['AdvancedEventSelectors']> {
  const { read, write } = form.management;
  const management = read || write
    ? [{ FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }, ...(read !== write ? [{ Field: 'readOnly', Equals: [String(read)] }] : [])] }]
    : [];
  const data = form.data.kind === 'none' ? [] : [{ FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }, { Field: 'resources.type', Equals: ['AWS::S3::Object'] }] }];
  return [...management, ...data];
}

/** PutEventSelectors' input for the form: basic or advanced, whichever the form is on. */
export function putEventSelectorsInput(form: TrailForm): Omit<InputOf<'cloudtrail:PutEventSelectors'>, 'TrailName'> {
  return form.selectors === 'advanced' ? { AdvancedEventSelectors: advancedEventSelectorsOf(form) } : { EventSelectors: eventSelectorsOf(form) };
}

/** PutInsightSelectors' list for the form's Insights types; undefined when Insights is off (no call). */
export function insightSelectorsOf(form: TrailForm): { InsightType: InsightType }[] | undefined {
  const types = form.insights ?? [];
  return types.length > 0 ? types.map((InsightType) => ({ InsightType })) : undefined;
}
