/**
 * A minimal check of policy text until the shared policy parser (src/engine/policy) lands:
 * JSON with a Statement, and a Principal only where the kind of policy allows one.
 * Messages: "Syntax errors in policy." and "Policy document should not specify a principal."
 * (see policy/policyProblem.ts for their sources).
 */
import { malformedPolicyDocument } from './iamErrors.ts';

export type PolicyTextKind = 'identity' | 'trust';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function checkPolicyDocument(text: string, kind: PolicyTextKind): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw malformedPolicyDocument('Syntax errors in policy.');
  }
  if (!isObject(parsed) || parsed.Statement === undefined) throw malformedPolicyDocument('Syntax errors in policy.');
  const statements = Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement];
  for (const statement of statements) {
    if (!isObject(statement)) throw malformedPolicyDocument('Syntax errors in policy.');
    const namesPrincipal = statement.Principal !== undefined || statement.NotPrincipal !== undefined;
    if (kind === 'identity' && namesPrincipal) throw malformedPolicyDocument('Policy document should not specify a principal.');
  }
}
