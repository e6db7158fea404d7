/**
 * Table-driven policy cases: each JSON case is a request, the policies in force and the expected
 * decision (and the rule that decided). Adding a case means adding JSON, not code. Each case
 * names its source: a scenario of ../shared/notes/policy-engine.md or the AWS guide it follows.
 */
import { describe, expect, it } from 'vitest';
import kmsCases from './cases/kms.json' with { type: 'json' };
import { evaluateAccess, type AccessMode } from './evaluateAccess.ts';
import { explainDecision } from './explainDecision.ts';
import { parsePolicy, type PolicyKind } from './parsePolicy.ts';
import { contextOf, type ContextValue, type RequestPrincipal } from './requestContext.ts';

type PolicyCase = {
  name: string;
  source: string;
  request: { principal: RequestPrincipal; action: string; resource: string; context: Record<string, ContextValue> };
  keyPolicy: unknown;
  identityPolicies: { name: string; document: unknown }[];
  mode?: string;
  expected: string;
  expectedReason: string;
};

function parsed(document: unknown, kind: PolicyKind) {
  const result = parsePolicy(JSON.stringify(document), kind);
  if (!result.ok) throw new Error(`case policy does not parse: ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('policy cases', () => {
  it.each((kmsCases as PolicyCase[]).map((c) => [c.name, c] as const))('%s', (_, c) => {
    const decision = evaluateAccess({
      request: { ...c.request, context: contextOf(c.request.context) },
      identityPolicies: c.identityPolicies.map((p) => ({ name: p.name, document: parsed(p.document, 'identity') })),
      ...(c.keyPolicy ? { resourcePolicy: { name: 'key policy', document: parsed(c.keyPolicy, 'resource') } } : {}),
      resourceAccount: '111122223333',
      mode: (c.mode ?? 'resourceMustAllow') as AccessMode,
    });
    const why = explainDecision(decision);
    expect({ decision: decision.decision, reason: decision.explanation.reason.kind }, `${c.source}\n${why}`).toEqual({ decision: c.expected, reason: c.expectedReason });
  });
});
