/**
 * A trail that exists, is logging, delivers to the given bucket (name or `prefix*`) and selects
 * what the lab asks for: management events, S3 data events (a basic selector's
 * AWS::S3::Object data resource, or an advanced selector for eventCategory Data on it), and
 * Insights events (PutInsightSelectors with at least one Insights type; the events themselves
 * are not simulated, only the trail's choice).
 */
import { fail, pass, type AccountView, type CheckKind } from './checkKind.ts';
import { bool, object, oneOf, optional, str } from '../validate/validators.ts';

export type TrailLoggingCheck = {
  readonly kind: 'trailLogging';
  readonly trail: string;
  readonly bucket?: string;
  readonly managementEvents?: boolean;
  readonly s3DataEvents?: boolean;
  readonly insights?: boolean;
};

export const trailLogging = (fields: Omit<TrailLoggingCheck, 'kind'>): TrailLoggingCheck => ({ kind: 'trailLogging', ...fields });

type TrailView = NonNullable<AccountView['cloudtrail']['trails']>[string];

const S3_OBJECT = 'AWS::S3::Object';

function selectsManagement(trail: TrailView): boolean {
  if (trail.advancedEventSelectors) return trail.advancedEventSelectors.some((s) => s.FieldSelectors.some((f) => f.Field === 'eventCategory' && f.Equals?.includes('Management')));
  // No selectors at all is CreateTrail's default: management events, read and write.
  return trail.eventSelectors === undefined || trail.eventSelectors.some((s) => s.IncludeManagementEvents !== false);
}

function selectsS3Data(trail: TrailView): boolean {
  if (trail.advancedEventSelectors) {
    return trail.advancedEventSelectors.some((s) => s.FieldSelectors.some((f) => f.Field === 'eventCategory' && f.Equals?.includes('Data'))
      && s.FieldSelectors.some((f) => f.Field === 'resources.type' && f.Equals?.includes(S3_OBJECT)));
  }
  return (trail.eventSelectors ?? []).some((s) => (s.DataResources ?? []).some((r) => r.Type === S3_OBJECT && (r.Values ?? []).length > 0));
}

export const trailLoggingKind: CheckKind<TrailLoggingCheck> = {
  kind: 'trailLogging',
  validate: object({ kind: oneOf('trailLogging'), trail: str, bucket: optional(str), managementEvents: optional(bool), s3DataEvents: optional(bool), insights: optional(bool) }),
  evaluate(check, { state }) {
    const trail = state.cloudtrail.trails?.[check.trail];
    const params = { trail: check.trail };
    if (!trail) return fail('trailLogging.none', params);
    const wanted = check.bucket;
    if (wanted !== undefined && !(wanted.endsWith('*') ? trail.s3BucketName.startsWith(wanted.slice(0, -1)) : trail.s3BucketName === wanted)) {
      return fail('trailLogging.otherBucket', { ...params, expected: wanted, actual: trail.s3BucketName });
    }
    if (!trail.isLogging) return fail('trailLogging.notLogging', params);
    if (check.managementEvents !== undefined && selectsManagement(trail) !== check.managementEvents) return fail(check.managementEvents ? 'trailLogging.noManagement' : 'trailLogging.management', params);
    if (check.s3DataEvents !== undefined && selectsS3Data(trail) !== check.s3DataEvents) return fail(check.s3DataEvents ? 'trailLogging.noS3Data' : 'trailLogging.s3Data', params);
    if (check.insights !== undefined && ((trail.insightSelectors ?? []).length > 0) !== check.insights) return fail(check.insights ? 'trailLogging.noInsights' : 'trailLogging.insights', params);
    return pass('trailLogging.ok', { ...params, bucket: trail.s3BucketName });
  },
};
