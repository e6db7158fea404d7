/**
 * Checks a key policy the way KMS does before it stores one: it must be a JSON policy
 * document, and (unless the caller bypasses the lockout safety check) it must still let
 * someone change the key policy later. The full "could *this caller* still PutKeyPolicy"
 * question belongs to the policy evaluator; here we refuse the case where nobody could.
 */
import { malformedPolicy, policyLockout } from './kmsErrors.ts';

type Statement = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Statement => typeof value === 'object' && value !== null && !Array.isArray(value);

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

function parseStatements(text: string): Statement[] {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw malformedPolicy();
  }
  if (!isObject(document)) throw malformedPolicy();
  const statements = asList(document.Statement);
  if (statements.length === 0 || !statements.every(isWellFormed)) throw malformedPolicy();
  return statements as Statement[];
}

function isWellFormed(statement: unknown): boolean {
  if (!isObject(statement)) return false;
  const hasEffect = statement.Effect === 'Allow' || statement.Effect === 'Deny';
  const hasAction = (statement.Action === undefined) !== (statement.NotAction === undefined);
  const hasPrincipal = (statement.Principal === undefined) !== (statement.NotPrincipal === undefined);
  return hasEffect && hasAction && hasPrincipal;
}

/** IAM action patterns: case-insensitive, `*` and `?` wildcards. */
function matchesAction(pattern: unknown, action: string): boolean {
  if (typeof pattern !== 'string') return false;
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 'i').test(action);
}

function allowsPutKeyPolicy(statement: Statement): boolean {
  if (statement.Effect !== 'Allow') return false;
  if (statement.NotAction !== undefined) return !asList(statement.NotAction).some((p) => matchesAction(p, 'kms:PutKeyPolicy'));
  return asList(statement.Action).some((p) => matchesAction(p, 'kms:PutKeyPolicy'));
}

/** Throws MalformedPolicyDocumentException as KMS would; returns nothing when the policy may be stored. */
export function assertStorablePolicy(text: string, bypassLockoutSafetyCheck: boolean | undefined): void {
  const statements = parseStatements(text);
  if (!bypassLockoutSafetyCheck && !statements.some(allowsPutKeyPolicy)) throw policyLockout();
}
