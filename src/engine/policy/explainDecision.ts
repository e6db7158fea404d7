/**
 * A Decision in plain English, one line per step, for the CLI, logs and tests; the console
 * renders the structured explanation itself (and translates it).
 */
import type { Decision, DecisionReason, PolicyExplanation, StatementRef } from './decision.ts';
import type { ConditionExplanation } from './evaluateCondition.ts';
import type { StatementExplanation } from './evaluateStatement.ts';

const ref = (r: StatementRef) => `statement "${r.statement}" of the ${r.type === 'resource' ? 'resource-based' : 'identity-based'} policy "${r.policy}"`;

const show = (value: ConditionExplanation['requestValue']) =>
  value === undefined ? 'absent from the request' : typeof value === 'string' ? `"${value}"` : `[${value.map((v) => `"${v}"`).join(', ')}]`;

function describeCondition(c: ConditionExplanation): string {
  const note = c.note === 'multiValuedKeyNeedsQualifier' ? ' (a multivalued key needs ForAnyValue: or ForAllValues:)' : '';
  return `${c.operator} ${c.key} ${JSON.stringify(c.policyValues.length === 1 ? c.policyValues[0] : c.policyValues)}: request value ${show(c.requestValue)} → ${c.matched ? 'matches' : 'does not match'}${note}`;
}

function describeStatement(s: StatementExplanation): string[] {
  const head = `  ${s.effect} statement "${s.id}": ${s.applies ? 'applies' : 'does not apply'}`;
  const parts: string[] = [];
  if (s.principal) {
    const who = s.principal.level === 'account' ? 'names the caller\'s account (delegates to IAM policies)' : 'names the caller';
    parts.push(`${s.principal.element} ${s.principal.matched ? who : 'does not name the caller'}`);
  }
  parts.push(`${s.action.element} ${s.action.matched ? 'matches' : 'does not match'} the action`);
  parts.push(`${s.resource.element} ${s.resource.matched ? 'matches' : 'does not match'} the resource`);
  return [head, ...parts.map((p) => `    - ${p}`), ...s.conditions.map((c) => `    - condition ${describeCondition(c)}`)];
}

const describePolicy = (p: PolicyExplanation) => [
  `${p.type === 'resource' ? 'Resource-based' : 'Identity-based'} policy "${p.name}"${p.arn ? ` (${p.arn})` : ''}:`,
  ...p.statements.flatMap(describeStatement),
];

export function describeReason(reason: DecisionReason): string {
  switch (reason.kind) {
    case 'explicitDeny':
      return `Denied explicitly by ${ref(reason.by)}. An explicit deny overrides every allow.`;
    case 'allowedByResourcePolicy':
      return `Allowed by ${ref(reason.by)}, which names the caller.`;
    case 'allowedByIdentityPolicy':
      return reason.delegatedBy
        ? `Allowed by ${ref(reason.by)}; the key policy lets IAM policies grant access through ${ref(reason.delegatedBy)}.`
        : `Allowed by ${ref(reason.by)}.`;
    case 'allowedByGrant':
      return `Allowed by grant ${reason.grant.grantId}: ${reason.grant.detail}.`;
    case 'rootUser':
      return 'Allowed: the account\'s root user is not limited by identity-based policies.';
    case 'noIdentityAllow':
      return 'Implicitly denied: no identity-based policy allows this action.';
    case 'noResourceAllow':
      return 'Implicitly denied: the resource-based policy (for KMS, the key policy) neither allows the caller nor delegates to the caller\'s account.';
    case 'notApplicable':
      return reason.note;
  }
}

export function explainDecision(decision: Decision): string {
  const e = decision.explanation;
  return [
    `${decision.decision}: ${e.principal} → ${e.action} on ${e.resource}`,
    describeReason(e.reason),
    ...(e.notes ?? []),
    ...e.policies.flatMap(describePolicy),
  ].join('\n');
}
