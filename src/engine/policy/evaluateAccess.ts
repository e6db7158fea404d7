/**
 * One access request, decided (the rules are in accessRules.ts). Deciding is on every call's
 * path, explaining is not: an allowed call never shows its explanation. So the decision comes
 * from bare statement verdicts, stopping at the first applicable Deny and the first Allows the
 * rules ask for, and the explanation's policies (every statement evaluated and explained, see
 * explainAccess.ts) are built the first time they are read, then kept.
 */
import { decideAccess, resourcePolicyOf, type AccessInput, type NamedPolicy, type StatementLookup } from './accessRules.ts';
import type { Decision, DecisionReason, Explanation, PolicyExplanation, PolicyType, StatementRef } from './decision.ts';
import { statementVerdict } from './evaluateStatement.ts';
import { explainPolicies } from './explainAccess.ts';
import type { PrincipalLevel } from './matchPrincipal.ts';
import type { Effect } from './policyDocument.ts';
import type { ContextValue, PolicyRequest } from './requestContext.ts';

export type { AccessInput, AccessMode, NamedPolicy } from './accessRules.ts';

function firstApplying(type: PolicyType, policy: NamedPolicy, effect: Effect, request: PolicyRequest): StatementRef | undefined {
  for (const statement of policy.document.statements) {
    if (statement.effect === effect && statementVerdict(statement, request) !== undefined) return { type, policy: policy.name, statement: statement.id };
  }
  return undefined;
}

/** Statement verdicts, each looked for only when the rules ask, and at most once. */
class VerdictLookup implements StatementLookup {
  private identity: StatementRef | null | undefined;
  private resource: { readonly direct?: StatementRef; readonly account?: StatementRef } | undefined;

  constructor(private readonly input: AccessInput, private readonly resourcePolicy: NamedPolicy | undefined) {}

  deny(): StatementRef | undefined {
    const { request } = this.input;
    if (this.resourcePolicy) {
      const found = firstApplying('resource', this.resourcePolicy, 'Deny', request);
      if (found) return found;
    }
    for (const policy of this.input.identityPolicies) {
      const found = firstApplying('identity', policy, 'Deny', request);
      if (found) return found;
    }
    return undefined;
  }

  identityAllow(): StatementRef | undefined {
    if (this.identity === undefined) {
      this.identity = null;
      for (const policy of this.input.identityPolicies) {
        const found = firstApplying('identity', policy, 'Allow', this.input.request);
        if (found) {
          this.identity = found;
          break;
        }
      }
    }
    return this.identity ?? undefined;
  }

  resourceAllow(level: PrincipalLevel): StatementRef | undefined {
    this.resource ??= this.resourceAllows();
    return this.resource[level];
  }

  /** The first Allow naming the caller and the first naming its account, in one pass. */
  private resourceAllows(): { direct?: StatementRef; account?: StatementRef } {
    const policy = this.resourcePolicy;
    const found: { direct?: StatementRef; account?: StatementRef } = {};
    if (!policy) return found;
    for (const statement of policy.document.statements) {
      if (statement.effect !== 'Allow') continue;
      const verdict = statementVerdict(statement, this.input.request);
      if ((verdict === 'direct' || verdict === 'account') && !found[verdict]) {
        found[verdict] = { type: 'resource', policy: policy.name, statement: statement.id };
        if (found.direct && found.account) break;
      }
    }
    return found;
  }
}

/** The explanation, its context and policies built on first read (getters, so JSON and structured clone see plain data). */
function lazyExplanation(input: AccessInput, reason: DecisionReason): Explanation {
  // Only what explaining needs is kept: not findGrant, whose closure holds the whole call.
  const { request, identityPolicies, resourceAccount, mode } = input;
  const resourcePolicy = resourcePolicyOf(input);
  let context: Readonly<Record<string, ContextValue>> | undefined;
  let policies: readonly PolicyExplanation[] | undefined;
  return {
    principal: request.principal.arn,
    action: request.action,
    resource: request.resource,
    get context() {
      return (context ??= Object.fromEntries(request.context));
    },
    get policies() {
      return (policies ??= explainPolicies({ request, identityPolicies, resourceAccount, mode, ...(resourcePolicy ? { resourcePolicy } : {}) }));
    },
    reason,
  };
}

export function evaluateAccess(input: AccessInput): Decision {
  const [decision, reason] = decideAccess(input, new VerdictLookup(input, resourcePolicyOf(input)));
  return { decision, explanation: lazyExplanation(input, reason) };
}
