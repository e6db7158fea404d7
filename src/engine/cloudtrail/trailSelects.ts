/**
 * Whether a trail logs a record, by its event selectors (CloudTrail User Guide, "Logging
 * management events" / "Logging data events"). A trail without selectors logs all management
 * events and no data events. Advanced selectors match when every field selector matches.
 */
import type { AdvancedEventSelector, AdvancedFieldSelector, CloudTrailRecord, EventSelector, Trail } from './state.ts';

export const DEFAULT_EVENT_SELECTORS: readonly EventSelector[] = [
  { ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] },
];

/** A listing names its objects by ARNPrefix ("arn:aws:s3:::bucket/"): a selector's prefix matches it as it would an object. */
const resourceArns = (resources: CloudTrailRecord['resources'] & object): string[] =>
  resources.map((r) => r.ARN ?? r.ARNPrefix).filter((arn): arn is string => arn !== undefined);

const readWriteMatches = (type: EventSelector['ReadWriteType'], readOnly: boolean) =>
  type === undefined || type === 'All' || (type === 'ReadOnly') === readOnly;

function dataResourceMatches(selector: EventSelector, record: CloudTrailRecord): boolean {
  return (selector.DataResources ?? []).some((resource) => {
    const arns = resourceArns((record.resources ?? []).filter((r) => r.type === resource.Type));
    // "arn:aws:s3" (or "arn:aws:s3:::") selects every bucket; otherwise a value is a bucket or object prefix.
    return arns.some((arn) => (resource.Values ?? []).some((v) => v === 'arn:aws:s3' || arn.startsWith(v)));
  });
}

function basicSelects(selectors: readonly EventSelector[], record: CloudTrailRecord): boolean {
  return selectors.some((s) => {
    if (!readWriteMatches(s.ReadWriteType, record.readOnly)) return false;
    if (record.eventCategory === 'Data') return dataResourceMatches(s, record);
    return (s.IncludeManagementEvents ?? true) && !(s.ExcludeManagementEventSources ?? []).includes(record.eventSource);
  });
}

function fieldValues(record: CloudTrailRecord, field: string): string[] {
  switch (field) {
    case 'eventCategory': return [record.eventCategory];
    case 'readOnly': return [String(record.readOnly)];
    case 'eventSource': return [record.eventSource];
    case 'eventName': return [record.eventName];
    case 'eventType': return [record.eventType];
    case 'errorCode': return record.errorCode ? [record.errorCode] : [];
    case 'resources.type': return (record.resources ?? []).map((r) => r.type);
    case 'resources.ARN': return resourceArns(record.resources ?? []);
    case 'userIdentity.arn': return typeof record.userIdentity.arn === 'string' ? [record.userIdentity.arn] : [];
    default: return [];
  }
}

function fieldMatches(selector: AdvancedFieldSelector, record: CloudTrailRecord): boolean {
  const values = fieldValues(record, selector.Field);
  const any = (list: string[] | undefined, test: (v: string, p: string) => boolean) =>
    list === undefined || values.some((v) => list.some((p) => test(v, p)));
  const none = (list: string[] | undefined, test: (v: string, p: string) => boolean) =>
    list === undefined || !values.some((v) => list.some((p) => test(v, p)));
  return any(selector.Equals, (v, p) => v === p) && any(selector.StartsWith, (v, p) => v.startsWith(p))
    && any(selector.EndsWith, (v, p) => v.endsWith(p)) && none(selector.NotEquals, (v, p) => v === p)
    && none(selector.NotStartsWith, (v, p) => v.startsWith(p)) && none(selector.NotEndsWith, (v, p) => v.endsWith(p));
}

const advancedSelects = (selectors: readonly AdvancedEventSelector[], record: CloudTrailRecord) =>
  selectors.some((s) => s.FieldSelectors.every((f) => fieldMatches(f, record)));

export function trailSelects(trail: Trail, record: CloudTrailRecord): boolean {
  if (trail.advancedEventSelectors) return advancedSelects(trail.advancedEventSelectors, record);
  return basicSelects(trail.eventSelectors ?? DEFAULT_EVENT_SELECTORS, record);
}
