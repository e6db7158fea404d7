/**
 * The Principal / NotPrincipal element. `"*"` and `{"AWS": "*"}` both mean anyone. AWS
 * principals must be an account id, an IAM or STS principal ARN, or an IAM unique id
 * (AWS writes those back when the named entity was deleted); anything else, a partial
 * wildcard included, is an invalid principal.
 */
import type { PrincipalBlock } from './policyDocument.ts';
import type { PolicyProblem } from './policyProblem.ts';
import type { PolicyKind } from './parsePolicy.ts';

const TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const;

const AWS_PRINCIPAL = new RegExp(
  [
    '^\\*$',
    '^\\d{12}$',
    '^arn:aws[a-z-]*:iam::\\d{12}:(root|user/[^*?]+|role/[^*?]+|federated-user/[^*?]+)$',
    '^arn:aws[a-z-]*:sts::\\d{12}:(assumed-role/[^*?]+/[^*?]+|federated-user/[^*?]+)$',
    '^A(IDA|ROA)[A-Z0-9]{12,}$',
  ].join('|'),
);

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

function parseBlock(value: unknown, path: string, problems: PolicyProblem[]): PrincipalBlock | undefined {
  if (value === '*') return { anyone: true };
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.keys(value).length === 0) {
    problems.push({ code: 'invalidPrincipal', path, detail: JSON.stringify(value) });
    return undefined;
  }
  const block = { anyone: false as const, AWS: [] as string[], Service: [] as string[], Federated: [] as string[], CanonicalUser: [] as string[] };
  for (const [type, raw] of Object.entries(value)) {
    const values = asList(raw);
    const known = (TYPES as readonly string[]).includes(type);
    const bad = values.find((v) => typeof v !== 'string' || v === '' || (type === 'AWS' && !AWS_PRINCIPAL.test(v)));
    if (!known || values.length === 0 || bad !== undefined) {
      problems.push({ code: 'invalidPrincipal', path: `${path}.${type}`, detail: `"${type}":${JSON.stringify(bad ?? raw)}` });
      continue;
    }
    block[type as (typeof TYPES)[number]].push(...(values as string[]));
  }
  if (block.AWS.includes('*')) return { anyone: true };
  return block;
}

export function parsePrincipalBlock(statement: Readonly<Record<string, unknown>>, path: string, kind: PolicyKind, problems: PolicyProblem[]) {
  const plain = statement.Principal;
  const negated = statement.NotPrincipal;
  if (kind === 'identity') {
    if (plain !== undefined || negated !== undefined) problems.push({ code: 'prohibitedPrincipal', path, detail: 'Principal' });
    return undefined;
  }
  if (plain !== undefined && negated !== undefined) {
    problems.push({ code: 'conflictingElements', path, detail: 'Principal and NotPrincipal' });
    return undefined;
  }
  if (plain === undefined && negated === undefined) {
    problems.push({ code: 'missingPrincipal', path, detail: 'Principal or NotPrincipal' });
    return undefined;
  }
  const block = parseBlock(plain ?? negated, `${path}.${plain !== undefined ? 'Principal' : 'NotPrincipal'}`, problems);
  return block ? { negated: plain === undefined, block } : undefined;
}
