/**
 * A grant as ListGrants and ListRetirableGrants show it. KeyId is the key ARN and IssuingAccount
 * the account's root ARN; a grant without a name shows "Name": "" and one without constraints
 * no Constraints member, as in the list-grants examples of the AWS CLI reference.
 */
import type { OperationContext } from '../operation.ts';
import { keyArnOf } from './resolveKey.ts';
import type { Grant, GrantConstraints, GrantOperation } from './state.ts';

export type GrantListEntry = {
  KeyId: string;
  GrantId: string;
  Name: string;
  CreationDate: Date;
  GranteePrincipal: string;
  RetiringPrincipal?: string;
  IssuingAccount: string;
  Operations: GrantOperation[];
  Constraints?: GrantConstraints;
};

export type GrantListOutput = { Grants: GrantListEntry[]; NextMarker?: string; Truncated: boolean };

export const toGrantListEntry = (ctx: OperationContext, grant: Grant): GrantListEntry => ({
  KeyId: keyArnOf(ctx, grant.keyId),
  GrantId: grant.grantId,
  Name: grant.name ?? '',
  CreationDate: new Date(grant.creationDate),
  GranteePrincipal: grant.granteePrincipal,
  ...(grant.retiringPrincipal !== undefined ? { RetiringPrincipal: grant.retiringPrincipal } : {}),
  IssuingAccount: grant.issuingAccount,
  Operations: [...grant.operations],
  ...(grant.constraints ? { Constraints: structuredClone(grant.constraints) } : {}),
});
