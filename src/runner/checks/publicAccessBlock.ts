/**
 * A bucket's Block Public Access settings, each on or off. The console's "Block all public
 * access" checkbox is all four together. A bucket with no configuration blocks nothing (as
 * after DeletePublicAccessBlock); new buckets get all four on, as in AWS since April 2023.
 */
import { fail, pass, type CheckKind } from './checkKind.ts';
import { findBucket } from './findBucket.ts';
import { bool, object, oneOf, optional, str } from '../validate/validators.ts';

const SETTINGS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;
type Setting = (typeof SETTINGS)[number];

export type PublicAccessBlockCheck = { readonly kind: 'publicAccessBlock'; readonly bucket: string } & { readonly [S in Setting]?: boolean };

export const publicAccessBlock = (fields: Omit<PublicAccessBlockCheck, 'kind'>): PublicAccessBlockCheck => ({ kind: 'publicAccessBlock', ...fields });

export const publicAccessBlockKind: CheckKind<PublicAccessBlockCheck> = {
  kind: 'publicAccessBlock',
  validate: object({
    kind: oneOf('publicAccessBlock'), bucket: str,
    BlockPublicAcls: optional(bool), IgnorePublicAcls: optional(bool), BlockPublicPolicy: optional(bool), RestrictPublicBuckets: optional(bool),
  }),
  evaluate(check, { state }) {
    const bucket = findBucket(state, check.bucket);
    if (!bucket) return fail('publicAccessBlock.noBucket', { bucket: check.bucket });
    const wrong = SETTINGS.find((s) => check[s] !== undefined && (bucket.publicAccessBlock?.[s] ?? false) !== check[s]);
    if (wrong === undefined) return pass('publicAccessBlock.ok', { bucket: bucket.name });
    return fail(check[wrong] ? 'publicAccessBlock.stillOff' : 'publicAccessBlock.stillOn', { bucket: bucket.name, setting: wrong });
  },
};
