/**
 * Parsing on every call would cost more than evaluating, so parsed documents are kept by their
 * text (policies are immutable strings in state; a changed policy is a new text).
 */
import type { Result } from '../../shared/result.ts';
import { parsePolicy, type PolicyKind } from './parsePolicy.ts';
import type { PolicyDocument } from './policyDocument.ts';
import type { PolicyProblem } from './policyProblem.ts';

type Parsed = Result<PolicyDocument, readonly PolicyProblem[]>;

const cache = new Map<string, Parsed>();
const MAX_CACHED = 500;

export function parsedPolicy(text: string, kind: PolicyKind): Parsed {
  const key = `${kind}\u0000${text}`;
  let parsed = cache.get(key);
  if (!parsed) {
    parsed = parsePolicy(text, kind);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, parsed);
  }
  return parsed;
}
