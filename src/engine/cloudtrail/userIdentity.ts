/**
 * CloudTrail's userIdentity block for each kind of principal (CloudTrail User Guide,
 * "CloudTrail userIdentity element"). A call an AWS service makes for a principal (S3 calling
 * KMS for SSE-KMS) keeps that principal's identity and adds invokedBy.
 */
import type { Principal } from '../principal.ts';
import type { UserIdentity } from './state.ts';

/** "s3.us-east-1.amazonaws.com" → "s3.amazonaws.com", as invokedBy names the service. */
export const invokedByOf = (viaService: string): string => `${viaService.split('.')[0]}.amazonaws.com`;

// Every record has one and calls come many to a second: the last second's text is kept.
let lastSecond = { second: NaN, text: '' };

export function isoSeconds(ms: number): string {
  const second = Math.floor(ms / 1000);
  if (lastSecond.second !== second) lastSecond = { second, text: new Date(second * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z') };
  return lastSecond.text;
}

/** arn:aws:sts::111122223333:assumed-role/Admins/session → the role that issued the session. */
function sessionIssuerOf(p: Principal): Record<string, string> {
  const [, , , , accountId = p.accountId, resource = ''] = p.arn.split(':');
  const roleName = resource.split('/')[1] ?? '';
  return {
    type: 'Role',
    principalId: p.principalId.split(':')[0] ?? p.principalId,
    arn: p.session?.issuerArn ?? `arn:aws:iam::${accountId}:role/${roleName}`,
    accountId,
    userName: roleName,
  };
}

function assumedRole(p: Principal): UserIdentity {
  return {
    type: 'AssumedRole',
    principalId: p.principalId,
    arn: p.arn,
    accountId: p.accountId,
    ...(p.accessKeyId ? { accessKeyId: p.accessKeyId } : {}),
    sessionContext: {
      sessionIssuer: sessionIssuerOf(p),
      // Present (empty) in current records for sessions not made by web identity federation.
      webIdFederationData: {},
      attributes: {
        // A principal handed in without session data (the console's switcher) shows no date rather than a made-up one.
        ...(p.session ? { creationDate: isoSeconds(p.session.creationDate) } : {}),
        mfaAuthenticated: String(p.session?.mfaAuthenticated ?? false),
      },
    },
  };
}

function ownIdentity(p: Principal): UserIdentity {
  switch (p.type) {
    case 'IAMUser':
      return {
        type: 'IAMUser', principalId: p.principalId, arn: p.arn, accountId: p.accountId,
        ...(p.accessKeyId ? { accessKeyId: p.accessKeyId } : {}),
        userName: p.userName ?? p.arn.slice(p.arn.lastIndexOf('/') + 1),
      };
    case 'AssumedRole':
      return assumedRole(p);
    case 'Root':
      return { type: 'Root', principalId: p.accountId, arn: p.arn, accountId: p.accountId, ...(p.accessKeyId ? { accessKeyId: p.accessKeyId } : {}) };
    case 'AWSService':
      return { type: 'AWSService', invokedBy: p.principalId };
    case 'Anonymous':
      // What S3 data events show for unauthenticated requests.
      return { type: 'AWSAccount', principalId: '', accountId: 'ANONYMOUS_PRINCIPAL' };
  }
}

export function userIdentityOf(principal: Principal, viaService?: string): UserIdentity {
  const identity = ownIdentity(principal);
  return viaService ? { ...identity, invokedBy: invokedByOf(viaService) } : identity;
}
