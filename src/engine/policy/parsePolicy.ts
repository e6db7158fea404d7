/**
 * JSON text → a typed policy document, or the list of problems that make it malformed.
 * `kind` says where the policy lives: identity policies may not name a principal, resource
 * policies (key policies, bucket policies) must.
 */
import { err, ok, type Result } from '../../shared/result.ts';
import type { PolicyDocument, PolicyStatement } from './policyDocument.ts';
import type { PolicyProblem } from './policyProblem.ts';
import { parseConditionBlock } from './parseConditionBlock.ts';
import { parsePrincipalBlock } from './parsePrincipalBlock.ts';

export type PolicyKind = 'identity' | 'resource';

type Json = Readonly<Record<string, unknown>>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string or a non-empty list of strings, as Action, Resource and friends allow. */
export function stringList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) return value as string[];
  return undefined;
}

/** Exactly one of `name` and `Not${name}`, as a list; a problem when both or a bad value. */
function pairedElement(statement: Json, name: string, path: string, problems: PolicyProblem[]) {
  const plain = statement[name];
  const negated = statement[`Not${name}`];
  if (plain !== undefined && negated !== undefined) {
    problems.push({ code: 'conflictingElements', path, detail: `${name} and Not${name}` });
    return undefined;
  }
  if (plain === undefined && negated === undefined) return undefined;
  const patterns = stringList(plain ?? negated);
  if (!patterns) {
    problems.push({ code: 'badValue', path: `${path}.${plain !== undefined ? name : `Not${name}`}`, detail: 'expected a string or a list of strings' });
    return undefined;
  }
  return { negated: plain === undefined, patterns };
}

function parseStatement(raw: unknown, index: number, kind: PolicyKind, problems: PolicyProblem[]): PolicyStatement | undefined {
  const path = `Statement[${index}]`;
  if (!isObject(raw)) {
    problems.push({ code: 'notAnObject', path, detail: 'a statement must be a JSON object' });
    return undefined;
  }
  const before = problems.length;
  const effect = raw.Effect;
  if (effect !== 'Allow' && effect !== 'Deny') problems.push({ code: 'badEffect', path: `${path}.Effect`, detail: String(effect) });
  const action = pairedElement(raw, 'Action', path, problems);
  if (!action && problems.length === before) problems.push({ code: 'missingAction', path, detail: 'Action or NotAction' });
  const resource = pairedElement(raw, 'Resource', path, problems);
  // Key policies may leave Resource out; identity policies may not.
  if (!resource && kind === 'identity' && problems.length === before) problems.push({ code: 'missingResource', path, detail: 'Resource or NotResource' });
  const principal = parsePrincipalBlock(raw, path, kind, problems);
  const conditions = parseConditionBlock(raw.Condition, `${path}.Condition`, problems);
  if (problems.length !== before || !action) return undefined;
  const sid = typeof raw.Sid === 'string' ? raw.Sid : undefined;
  return {
    id: sid ?? String(index + 1),
    ...(sid !== undefined ? { sid } : {}),
    effect: effect as 'Allow' | 'Deny',
    ...(principal ? { principal } : {}),
    action,
    ...(resource ? { resource } : {}),
    conditions,
  };
}

export function parsePolicy(text: string, kind: PolicyKind): Result<PolicyDocument, readonly PolicyProblem[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return err([{ code: 'notJson', path: '', detail: error instanceof Error ? error.message : 'not JSON' }]);
  }
  if (!isObject(json)) return err([{ code: 'notAnObject', path: '', detail: 'a policy must be a JSON object' }]);
  const rawStatements = Array.isArray(json.Statement) ? json.Statement : json.Statement === undefined ? [] : [json.Statement];
  if (rawStatements.length === 0) return err([{ code: 'noStatement', path: 'Statement', detail: 'a policy needs at least one statement' }]);
  const problems: PolicyProblem[] = [];
  const statements = rawStatements.map((s, i) => parseStatement(s, i, kind, problems));
  if (problems.length > 0) return err(problems);
  return ok({
    ...(typeof json.Version === 'string' ? { version: json.Version } : {}),
    ...(typeof json.Id === 'string' ? { id: json.Id } : {}),
    statements: statements as PolicyStatement[],
  });
}
