/**
 * The Condition element: `{ "Operator": { "key": value | [values] } }`. The operator is split
 * into its set qualifier (ForAnyValue:/ForAllValues:), base operator and IfExists suffix;
 * values are kept as strings (`true`, `12` and `"12"` mean the same to IAM).
 */
import type { ConditionClause } from './policyDocument.ts';
import type { PolicyProblem } from './policyProblem.ts';
import { isConditionOperator } from './conditions/operators.ts';

const QUALIFIER = /^(ForAnyValue|ForAllValues):(.+)$/;

export function splitOperator(operator: string): Pick<ConditionClause, 'baseOperator' | 'qualifier' | 'ifExists'> {
  const qualified = QUALIFIER.exec(operator);
  const qualifier = qualified ? (qualified[1] as 'ForAnyValue' | 'ForAllValues') : undefined;
  let base = qualified ? (qualified[2] ?? '') : operator;
  // Null has no IfExists form; everything else may end in IfExists.
  const ifExists = base.endsWith('IfExists') && base !== 'IfExists';
  if (ifExists) base = base.slice(0, -'IfExists'.length);
  return { baseOperator: base, ifExists, ...(qualifier ? { qualifier } : {}) };
}

const asValues = (raw: unknown): string[] | undefined => {
  const list = Array.isArray(raw) ? raw : [raw];
  if (list.some((v) => typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')) return undefined;
  return list.map(String);
};

export function parseConditionBlock(raw: unknown, path: string, problems: PolicyProblem[]): ConditionClause[] {
  if (raw === undefined) return [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({ code: 'badCondition', path, detail: 'Condition must be an object' });
    return [];
  }
  const clauses: ConditionClause[] = [];
  for (const [operator, block] of Object.entries(raw)) {
    const parts = splitOperator(operator);
    const known = isConditionOperator(parts.baseOperator) && !(parts.baseOperator === 'Null' && parts.ifExists);
    if (!known || typeof block !== 'object' || block === null || Array.isArray(block)) {
      problems.push({ code: 'badCondition', path: `${path}.${operator}`, detail: known ? 'expected an object of condition keys' : `unknown operator ${operator}` });
      continue;
    }
    for (const [key, value] of Object.entries(block)) {
      const values = asValues(value);
      if (!values) problems.push({ code: 'badCondition', path: `${path}.${operator}.${key}`, detail: 'condition values must be strings, numbers or booleans' });
      else clauses.push({ operator, ...parts, key, values });
    }
  }
  return clauses;
}
