/**
 * Authorization for KMS: each check of the request (kmsChecks.ts) is evaluated with the key
 * policy, the caller's identity policies and the key's grants; the first check that is not
 * allowed decides. A key the request names but this account does not have is not decided here:
 * the operation answers with the same NotFoundException it always has, as AWS does.
 */
import { isAwsError } from '../errors.ts';
import type { OperationContext } from '../operation.ts';
import { parseCiphertextBlob } from '../kms/ciphertextBlob.ts';
import { findMatchingGrant } from '../kms/grantsAllow.ts';
import { aliasArnOf, findKeyOrThrow } from '../kms/resolveKey.ts';
import type { KmsKey } from '../kms/state.ts';
import type { Decision, GrantExplanation } from '../policy/decision.ts';
import { evaluateAccess, type AccessMode, type NamedPolicy } from '../policy/evaluateAccess.ts';
import { parsedPolicy } from '../policy/parsedPolicy.ts';
import { contextOf } from '../policy/requestContext.ts';
import { globalContextKeys } from './globalContextKeys.ts';
import { identityPoliciesOf } from './identityPolicies.ts';
import { kmsChecks, type KmsCheck } from './kmsChecks.ts';
import { kmsContextKeys } from './kmsContextKeys.ts';
import { toRequestPrincipal } from './requestPrincipal.ts';
import { derived } from '../derivedState.ts';

type Target = { readonly resource: string; readonly mode: AccessMode; readonly key?: KmsKey; readonly requestAlias?: string };

const aliasIn = (keyId: string): string | undefined => /(^|:)(alias\/.+)$/.exec(keyId)?.[2];

/** The key a check is about, or 'unknown' when the operation itself must answer (NotFound, bad blob). */
function targetOf(ctx: OperationContext, check: KmsCheck): Target | 'unknown' {
  if (check.aliasName !== undefined) return { resource: aliasArnOf(ctx, check.aliasName), mode: 'identityOnly' };
  if (check.keyId === undefined && check.ciphertext === undefined) return { resource: '*', mode: 'identityOnly' };
  try {
    const key = check.keyId !== undefined ? findKeyOrThrow(ctx, check.keyId) : ctx.account.state.kms.keys[parseCiphertextBlob(check.ciphertext as Uint8Array)?.keyId ?? ''];
    if (!key) return 'unknown';
    const requestAlias = check.keyId === undefined ? undefined : aliasIn(check.keyId);
    return { resource: key.arn, mode: 'resourceMustAllow', key, ...(requestAlias ? { requestAlias } : {}) };
  } catch (error) {
    if (isAwsError(error)) return 'unknown';
    throw error;
  }
}

/** The caller's identity policies, parsed: derived state, kept until IAM (or anything) changes. */
export function identityPolicyDocuments(ctx: OperationContext): readonly NamedPolicy[] {
  const { account, principal } = ctx;
  return derived(account, `identityPolicies ${principal.type} ${principal.arn}`, () =>
    identityPoliciesOf(account, principal).flatMap((p) => {
      const parsed = parsedPolicy(p.document, 'identity');
      return parsed.ok ? [{ name: p.name, ...(p.arn !== undefined ? { arn: p.arn } : {}), document: parsed.value }] : [];
    }));
}

// The key's policy text, parsed, kept with the key; a new text (PutKeyPolicy) is parsed again.
const keyPolicies = new WeakMap<KmsKey, { readonly text: string; readonly parsed: ReturnType<typeof parsedPolicy> }>();

function keyPolicyOf(key: KmsKey, text: string): ReturnType<typeof parsedPolicy> {
  const known = keyPolicies.get(key);
  if (known && known.text === text) return known.parsed;
  const parsed = parsedPolicy(text, 'resource');
  keyPolicies.set(key, { text, parsed });
  return parsed;
}

function grantFor(ctx: OperationContext, key: KmsKey, check: KmsCheck): GrantExplanation | undefined {
  const grant = findMatchingGrant(ctx, key, check.action, check.encryptionContext);
  if (!grant) return undefined;
  const c = grant.constraints;
  const constraint = c?.EncryptionContextEquals ? `EncryptionContextEquals ${JSON.stringify(c.EncryptionContextEquals)}` : c?.EncryptionContextSubset ? `EncryptionContextSubset ${JSON.stringify(c.EncryptionContextSubset)}` : 'no constraints';
  return {
    grantId: grant.grantId,
    ...(grant.name !== undefined ? { name: grant.name } : {}),
    operations: grant.operations,
    detail: `the grantee ${grant.granteePrincipal} may ${check.action.replace('kms:', '')} (${constraint}, satisfied by the request's encryption context)`,
  };
}

/** PutKeyPolicy's and CreateKey's lockout check asks "what if the key had this policy?". */
export type WhatIf = { readonly key: KmsKey; readonly keyPolicyText: string };

/** One check, evaluated. */
export function evaluateKmsCheck(ctx: OperationContext, check: KmsCheck, input: Readonly<Record<string, unknown>>, whatIf?: WhatIf): Decision | undefined {
  const target = whatIf ? { resource: whatIf.key.arn, mode: 'resourceMustAllow' as const, key: whatIf.key } : targetOf(ctx, check);
  if (target === 'unknown') return undefined;
  const { key } = target;
  const policyText = whatIf?.keyPolicyText ?? key?.policy;
  const keyPolicy = policyText === undefined ? undefined : whatIf || !key ? parsedPolicy(policyText, 'resource') : keyPolicyOf(key, policyText);
  const context = contextOf(
    globalContextKeys(ctx),
    kmsContextKeys(ctx, check.action, { input, key, encryptionContext: check.encryptionContext, requestAlias: 'requestAlias' in target ? target.requestAlias : undefined, encryptionAlgorithm: check.encryptionAlgorithm }),
  );
  return evaluateAccess({
    request: { principal: toRequestPrincipal(ctx.principal), action: check.action, resource: target.resource, context },
    identityPolicies: identityPolicyDocuments(ctx),
    ...(keyPolicy?.ok ? { resourcePolicy: { name: 'key policy', document: keyPolicy.value } } : {}),
    resourceAccount: ctx.account.facts.accountId,
    mode: target.mode,
    ...(key ? { findGrant: () => grantFor(ctx, key, check) } : {}),
  });
}

export function authorizeKms(ctx: OperationContext, action: string, input: Readonly<Record<string, unknown>>): Decision | undefined {
  let last: Decision | undefined;
  for (const check of kmsChecks(ctx, action, input)) {
    const decision = evaluateKmsCheck(ctx, check, input);
    if (!decision) continue;
    if (decision.decision !== 'Allow') return decision;
    last = decision;
  }
  return last;
}
