/**
 * A policy file in the workspace (keypolicy.json, written in the editor) has a statement with
 * this Sid that names the principal, allows the actions and uses the condition key. Checked
 * before the file is sent to KMS, so the learner hears "statement X is missing" early.
 */
import { fail, pass, type CheckKind } from './checkKind.ts';
import { arrayOf, object, oneOf, optional, str } from '../validate/validators.ts';

export type FileHasPolicyStatementCheck = {
  readonly kind: 'fileHasPolicyStatement';
  readonly path: string;
  readonly sid: string;
  /** An ARN (or a placeholder) the statement's Principal.AWS must list. */
  readonly principal?: string;
  readonly actions?: readonly string[];
  readonly conditionKey?: string;
};

export const fileHasPolicyStatement = (fields: Omit<FileHasPolicyStatementCheck, 'kind'>): FileHasPolicyStatementCheck => ({ kind: 'fileHasPolicyStatement', ...fields });

type Statement = { Sid?: unknown; Principal?: unknown; Action?: unknown; Condition?: unknown };

const list = (value: unknown): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

function statementsOf(text: string): Statement[] | undefined {
  try {
    const policy: unknown = JSON.parse(text);
    const statements = (policy as { Statement?: unknown })?.Statement;
    return (Array.isArray(statements) ? statements : statements ? [statements] : []) as Statement[];
  } catch {
    return undefined;
  }
}

export const fileHasPolicyStatementKind: CheckKind<FileHasPolicyStatementCheck> = {
  kind: 'fileHasPolicyStatement',
  validate: object({
    kind: oneOf('fileHasPolicyStatement'), path: str, sid: str, principal: optional(str), actions: optional(arrayOf(str, { min: 1 })), conditionKey: optional(str),
  }),
  evaluate(check, { readFile, resolve }) {
    const params = { path: check.path, sid: check.sid };
    const text = readFile(check.path);
    if (text === undefined) return fail('fileHasPolicyStatement.noFile', params);
    const statements = statementsOf(text);
    if (!statements) return fail('fileHasPolicyStatement.notJson', params);
    const statement = statements.find((s) => s.Sid === check.sid);
    if (!statement) return fail('fileHasPolicyStatement.noStatement', params);
    const principal = check.principal === undefined ? undefined : resolve(check.principal) ?? check.principal;
    if (principal !== undefined && !list((statement.Principal as { AWS?: unknown } | undefined)?.AWS).includes(principal)) return fail('fileHasPolicyStatement.noPrincipal', { ...params, principal });
    const missing = (check.actions ?? []).filter((action) => !list(statement.Action).includes(action));
    if (missing.length > 0) return fail('fileHasPolicyStatement.noActions', { ...params, actions: missing.join(', ') });
    const conditions = Object.values((statement.Condition ?? {}) as Record<string, Record<string, unknown>>);
    if (check.conditionKey !== undefined && !conditions.some((block) => typeof block === 'object' && block !== null && check.conditionKey! in block)) {
      return fail('fileHasPolicyStatement.noCondition', { ...params, conditionKey: check.conditionKey });
    }
    return pass('fileHasPolicyStatement.ok', params);
  },
};
