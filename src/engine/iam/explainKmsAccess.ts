/**
 * "Would this principal be allowed this KMS action on this key?" without making the call: the
 * same evaluation dispatch runs (key policy, IAM policies, grants), read-only — no CloudTrail
 * record, no change event, no scheduled work. Lab checks (keyPolicyAllows) and the console ask it.
 */
import { nowOf, type Account } from '../account.ts';
import type { Decision } from '../policy/decision.ts';
import { evaluateKmsCheck } from './authorizeKms.ts';
import { authenticate } from './authenticate.ts';

export type KmsAccessQuestion = {
  /** A user ARN, a role ARN (its console session) or an assumed-role ARN. */
  readonly principalArn: string;
  /** An IAM action such as 'kms:Encrypt'. */
  readonly action: string;
  /** The key by id, ARN, alias name or alias ARN. */
  readonly keyId: string;
  readonly encryptionContext?: Readonly<Record<string, string>>;
};

const EXPLAIN_SOURCE = { sourceIp: 'AWS Internal', userAgent: 'AWS Internal', secureTransport: true } as const;

/** The decision, or undefined when the account has no such key. Throws AwsError for an unknown principal. */
export function explainKmsAccess(account: Account, question: KmsAccessQuestion): Decision | undefined {
  const principal = authenticate(account, { kind: 'principal', arn: question.principalArn }, 'kms');
  const ctx = { account, principal, now: nowOf(account), requestId: 'explain', source: EXPLAIN_SOURCE };
  const check = { action: question.action, keyId: question.keyId, ...(question.encryptionContext ? { encryptionContext: question.encryptionContext } : {}) };
  return evaluateKmsCheck(ctx, check, {});
}
