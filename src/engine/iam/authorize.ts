/**
 * The authorization step of dispatch. Every decision is a value with an explanation, so a
 * denial can be shown to the learner. For now every authenticated call is allowed; the
 * IAM issue replaces this with the policy evaluator (identity + key policy + grants).
 */
import type { OperationContext } from '../operation.ts';

export type Decision = {
  readonly decision: 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';
  /** Human-readable steps of the evaluation, in order. */
  readonly explanation: readonly string[];
};

export function authorize(_ctx: OperationContext, action: string, _input: unknown): Decision {
  return { decision: 'Allow', explanation: [`${action} is allowed: policy evaluation is not enabled yet.`] };
}
