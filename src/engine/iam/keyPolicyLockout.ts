/**
 * What KMS checks before it stores a key policy (CreateKey, PutKeyPolicy): the document must be
 * a well-formed key policy, and, unless BypassPolicyLockoutSafetyCheck is true, the principal
 * making the request must still be allowed to call PutKeyPolicy on the key under the new policy
 * (KMS API Reference, PutKeyPolicy: "the principal that is making the request" must be able to
 * "make a subsequent PutKeyPolicy request on the KMS key"). The check is a real evaluation:
 * the new key policy, the caller's IAM policies and its context.
 */
import type { OperationContext } from '../operation.ts';
import { malformedPolicy, policyLockout } from '../kms/kmsErrors.ts';
import type { KmsKey } from '../kms/state.ts';
import { parsedPolicy } from '../policy/parsedPolicy.ts';
import { kmsProblemMessage } from '../policy/policyProblem.ts';
import { evaluateKmsCheck } from './authorizeKms.ts';

/** `key` is the key the policy is for; for CreateKey, the key about to be made. */
export function assertAcceptableKeyPolicy(ctx: OperationContext, policyText: string, bypassLockoutSafetyCheck: boolean | undefined, key: KmsKey): void {
  const parsed = parsedPolicy(policyText, 'resource');
  if (!parsed.ok) throw malformedPolicy(kmsProblemMessage(parsed.error[0] ?? { code: 'notJson', path: '', detail: '' }));
  if (bypassLockoutSafetyCheck) return;
  const decision = evaluateKmsCheck(ctx, { action: 'kms:PutKeyPolicy', keyId: key.keyId }, {}, { key, keyPolicyText: policyText });
  if (decision?.decision !== 'Allow') throw policyLockout();
}
