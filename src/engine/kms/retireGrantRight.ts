/**
 * Who may retire a grant. The grant decides, not the key policy ("Retiring and revoking grants"
 * in the developer guide): its retiring principal; its grantee, if the grant allows RetireGrant;
 * and, as a backup, the account the grant was created in. Within that account, IAM principals
 * other than these need kms:RetireGrant delegated by an IAM policy; that is the policy
 * evaluator's decision, which is why this returns 'IssuingAccount' only for the account root.
 */
import type { Principal } from '../principal.ts';
import { isGrantPrincipal } from './grantPrincipals.ts';
import type { Grant } from './state.ts';

export type RetireGrantRight = 'RetiringPrincipal' | 'GranteeWithRetireGrant' | 'IssuingAccount';

export function retireGrantRight(caller: Principal, grant: Grant): RetireGrantRight | undefined {
  if (grant.retiringPrincipal !== undefined && isGrantPrincipal(grant.retiringPrincipal, caller)) return 'RetiringPrincipal';
  if (grant.operations.includes('RetireGrant') && isGrantPrincipal(grant.granteePrincipal, caller)) return 'GranteeWithRetireGrant';
  if (caller.type === 'Root' && caller.arn === grant.issuingAccount) return 'IssuingAccount';
  return undefined;
}
