/**
 * A bucket's Object Ownership: `aclsEnabled` is the console's "ACLs enabled" (BucketOwnerPreferred
 * or ObjectWriter); off is "ACLs disabled" (BucketOwnerEnforced, the default since April 2023).
 * A bucket with no ownership controls at all behaves as ObjectWriter, as in AWS.
 */
import { fail, pass, type CheckKind } from './checkKind.ts';
import { findBucket } from './findBucket.ts';
import { bool, object, oneOf, str } from '../validate/validators.ts';

export type ObjectOwnershipCheck = { readonly kind: 'objectOwnership'; readonly bucket: string; readonly aclsEnabled: boolean };

export const objectOwnership = (fields: Omit<ObjectOwnershipCheck, 'kind'>): ObjectOwnershipCheck => ({ kind: 'objectOwnership', ...fields });

export const objectOwnershipKind: CheckKind<ObjectOwnershipCheck> = {
  kind: 'objectOwnership',
  validate: object({ kind: oneOf('objectOwnership'), bucket: str, aclsEnabled: bool }),
  evaluate(check, { state }) {
    const bucket = findBucket(state, check.bucket);
    if (!bucket) return fail('objectOwnership.noBucket', { bucket: check.bucket });
    const ownership = bucket.ownership ?? 'ObjectWriter';
    const params = { bucket: bucket.name, ownership };
    if ((ownership !== 'BucketOwnerEnforced') === check.aclsEnabled) return pass(check.aclsEnabled ? 'objectOwnership.aclsEnabled' : 'objectOwnership.aclsDisabled', params);
    return fail(check.aclsEnabled ? 'objectOwnership.stillDisabled' : 'objectOwnership.stillEnabled', params);
  },
};
