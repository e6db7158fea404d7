/**
 * The contract every check kind implements (one file per kind, like one condition operator per
 * file): a validator for its plain-data form and an evaluator that reads the account and says,
 * in words, what is still missing. A check never throws for "not yet": it returns a result.
 */
import type { EngineClient } from '../../client/engineClient.ts';
import type { Validator } from '../validate/validators.ts';

export type AccountView = ReturnType<EngineClient['inspect']>;

/** `detailKey` is a key of src/runner/messages.<locale>.json; `params` fill its {{placeholders}}. */
export type CheckResult = {
  readonly passed: boolean;
  readonly detailKey: string;
  readonly params: Readonly<Record<string, string | number>>;
};

/** A failed call the learner saw (the runner listens to client events and remembers them). */
export type SeenFailure = { readonly action: string; readonly code: string };

export type CheckContext = {
  readonly state: AccountView;
  readonly client: EngineClient;
  readonly failures: readonly SeenFailure[];
  readonly quizAnswers: Readonly<Record<string, readonly string[]>>;
  readonly quizQuestionIds: readonly string[];
  /** A file of the learner's workspace (the editor, `> file`), as text. */
  readonly readFile: (path: string) => string | undefined;
  /** Fills {{placeholders}} (solution/placeholders.ts); undefined when one cannot be filled yet. */
  readonly resolve: (template: string) => string | undefined;
};

export interface CheckKind<C extends { readonly kind: string }> {
  readonly kind: C['kind'];
  readonly validate: Validator<C>;
  /** Synchronous for state it can read at once; a promise for bytes it must open (a log file). */
  evaluate(check: C, ctx: CheckContext): CheckResult | Promise<CheckResult>;
}

export const pass = (detailKey: string, params: CheckResult['params'] = {}): CheckResult => ({ passed: true, detailKey, params });
export const fail = (detailKey: string, params: CheckResult['params'] = {}): CheckResult => ({ passed: false, detailKey, params });
