/**
 * cloudtrail:PutEventSelectors — which events the trail logs: basic selectors (management
 * events read/write, data resources such as S3 object prefixes) or advanced selectors (field
 * conditions). Setting one kind replaces the other. Limits from the CloudTrail User Guide:
 * at most 5 basic selectors; advanced selectors must name an eventCategory.
 */
import type { OperationContext } from '../operation.ts';
import { invalidEventSelectors } from './cloudTrailErrors.ts';
import { findTrailOrThrow } from './findTrail.ts';
import type { AdvancedEventSelector, EventSelector } from './state.ts';

export type PutEventSelectorsInput = { TrailName: string; EventSelectors?: EventSelector[]; AdvancedEventSelectors?: AdvancedEventSelector[] };

const BASIC_DATA_TYPES = new Set(['AWS::S3::Object', 'AWS::Lambda::Function', 'AWS::DynamoDB::Table']);

// The messages below are unconfirmed: AWS's exact wording for these cases was not found.
function normalizeBasic(selectors: EventSelector[]): EventSelector[] {
  if (selectors.length > 5) throw invalidEventSelectors('You can configure up to five event selectors for a trail.');
  return selectors.map((s) => {
    for (const resource of s.DataResources ?? []) {
      if (!BASIC_DATA_TYPES.has(resource.Type ?? '')) throw invalidEventSelectors(`Invalid data resource type: ${resource.Type ?? ''}`);
      const bad = (resource.Values ?? []).find((v) => resource.Type === 'AWS::S3::Object' && !v.startsWith('arn:aws:s3'));
      if (bad !== undefined) throw invalidEventSelectors(`Value ${bad} for DataResources.Values is invalid.`);
    }
    return {
      ReadWriteType: s.ReadWriteType ?? 'All',
      IncludeManagementEvents: s.IncludeManagementEvents ?? true,
      DataResources: s.DataResources ?? [],
      ExcludeManagementEventSources: s.ExcludeManagementEventSources ?? [],
    };
  });
}

function assertAdvanced(selectors: AdvancedEventSelector[]): AdvancedEventSelector[] {
  for (const selector of selectors) {
    if (!selector.FieldSelectors.some((f) => f.Field === 'eventCategory' && f.Equals !== undefined)) {
      throw invalidEventSelectors('Each advanced event selector must have a field selector for eventCategory with the Equals operator.');
    }
  }
  return selectors;
}

export async function putEventSelectors(ctx: OperationContext, input: PutEventSelectorsInput) {
  const trail = findTrailOrThrow(ctx, input.TrailName);
  const { EventSelectors, AdvancedEventSelectors } = input;
  if ((EventSelectors === undefined) === (AdvancedEventSelectors === undefined)) {
    throw invalidEventSelectors('Specify either EventSelectors or AdvancedEventSelectors, but not both.');
  }
  if (EventSelectors) {
    trail.eventSelectors = normalizeBasic(EventSelectors);
    delete trail.advancedEventSelectors;
    return { TrailARN: trail.arn, EventSelectors: trail.eventSelectors };
  }
  trail.advancedEventSelectors = assertAdvanced(AdvancedEventSelectors ?? []);
  delete trail.eventSelectors;
  return { TrailARN: trail.arn, AdvancedEventSelectors: trail.advancedEventSelectors };
}
