/**
 * CloudTrail's event history holds a record of the call: by event name, and optionally the key
 * (resources[].ARN), the encryption context (requestParameters.encryptionContext), the error
 * code as CloudTrail logs it (KMS logs AccessDeniedException as "AccessDenied") and the IAM
 * user who called. The event history keeps management events for 90 days, as in AWS.
 */
import { fail, pass, type AccountView, type CheckKind } from './checkKind.ts';
import { aliasName, findKeyByAlias } from './findKey.ts';
import { object, oneOf, optional, recordOf, str } from '../validate/validators.ts';

export type CloudTrailHasEventCheck = {
  readonly kind: 'cloudTrailHasEvent';
  readonly eventName: string;
  readonly alias?: string;
  readonly encryptionContext?: Readonly<Record<string, string>>;
  readonly errorCode?: string;
  readonly userName?: string;
};

export const cloudTrailHasEvent = (fields: Omit<CloudTrailHasEventCheck, 'kind'>): CloudTrailHasEventCheck => ({ kind: 'cloudTrailHasEvent', ...fields });

type TrailRecord = AccountView['cloudtrail']['events'][number];

const contextOf = (record: TrailRecord) => (record.requestParameters?.encryptionContext ?? {}) as Record<string, unknown>;

export const cloudTrailHasEventKind: CheckKind<CloudTrailHasEventCheck> = {
  kind: 'cloudTrailHasEvent',
  validate: object({
    kind: oneOf('cloudTrailHasEvent'), eventName: str, alias: optional(str), encryptionContext: optional(recordOf(str)), errorCode: optional(str), userName: optional(str),
  }),
  evaluate(check, { state }) {
    const named = state.cloudtrail.events.filter((record) => record.eventName === check.eventName);
    const params = { eventName: check.eventName };
    if (named.length === 0) return fail('cloudTrailHasEvent.none', params);
    let matching = named;
    if (check.alias !== undefined) {
      const key = findKeyByAlias(state, check.alias);
      if (!key) return fail('cloudTrailHasEvent.noKey', { ...params, alias: aliasName(check.alias) });
      matching = matching.filter((record) => record.resources?.some((r) => r.ARN === key.arn));
      if (matching.length === 0) return fail('cloudTrailHasEvent.otherKey', { ...params, alias: aliasName(check.alias) });
    }
    if (check.userName !== undefined) {
      matching = matching.filter((record) => record.userIdentity.userName === check.userName);
      if (matching.length === 0) return fail('cloudTrailHasEvent.otherUser', { ...params, userName: check.userName });
    }
    const wanted = check.encryptionContext;
    if (wanted) {
      matching = matching.filter((record) => Object.entries(wanted).every(([k, v]) => contextOf(record)[k] === v));
      if (matching.length === 0) return fail('cloudTrailHasEvent.otherContext', { ...params, context: JSON.stringify(wanted) });
    }
    if (check.errorCode !== undefined) {
      matching = matching.filter((record) => record.errorCode === check.errorCode);
      if (matching.length === 0) return fail('cloudTrailHasEvent.otherError', { ...params, errorCode: check.errorCode });
    }
    return pass('cloudTrailHasEvent.found', { ...params, eventTime: matching.at(-1)!.eventTime });
  },
};
