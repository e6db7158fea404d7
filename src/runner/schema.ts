/**
 * A lab is data: tasks → steps, each step with checks from the closed set in checks/, an
 * optional setup, an ordered hint ladder and a reference solution; then an end-of-lab quiz.
 * Every learner-facing string lives in labs/<id>/<locale>.json under the ids used here:
 *
 *   title, summary
 *   tasks.<taskId>.title          steps.<stepId>.title, steps.<stepId>.body
 *   hints.<hintId>                quiz.<questionId>.prompt
 *   quiz.<questionId>.options.<optionId>.text / .rationale
 */
import type { Check } from './checks/index.ts';
import { validateLab } from './validate/validateLab.ts';

export type { Check } from './checks/index.ts';

/** One thing the runner does to the account or the workspace: a setup entry or a solution entry. */
export type LabAction =
  /** A terminal line (through the lab shell and the `aws` CLI). {{placeholders}} are filled first. */
  | { readonly cli: string; readonly expectError?: string }
  /**
   * A client call, as the console makes it. String values may hold {{placeholders}}. `as` is the
   * principal the console is signed in as (the header's principal switcher); the host's default otherwise.
   * A call that should fail names the error code the console shows (`expectError: 'AccessDenied'`).
   */
  | { readonly call: string; readonly input: Readonly<Record<string, unknown>>; readonly as?: string; readonly expectError?: string }
  /**
   * The S3 console's "Open" (a presigned URL signed as `as`, default the learner's role) or its
   * Object URL (anonymous) opened in a browser tab; `expectStatus` is the HTTP status the tab shows.
   */
  | { readonly openObject: string; readonly key: string; readonly via: 'open' | 'objectUrl'; readonly expectStatus: number; readonly as?: string }
  /** What the learner types in the editor. {{placeholders}} are filled first. */
  | { readonly writeFile: string; readonly text: string }
  /** The console's clock fast-forward. */
  | { readonly advanceClockDays: number }
  /** An answer to a quiz question (option ids). */
  | { readonly answer: string; readonly options: readonly string[] };

export type Step = {
  readonly id: string;
  readonly checks: readonly Check[];
  /** Runs once when the step becomes active (starter files, a principal to work with). */
  readonly setup?: readonly LabAction[];
  /** Hint ids, gentlest first; the panel shows them one at a time. */
  readonly hints: readonly string[];
  /** The reference solution: "Show me" replays it; labs.test.ts proves it passes the checks. */
  readonly solution: readonly LabAction[];
};

export type Task = { readonly id: string; readonly steps: readonly Step[] };

export type QuizOption = { readonly id: string; readonly correct: boolean };

export type QuizQuestion = {
  readonly id: string;
  /** single: exactly one correct option; multiple: two or more. */
  readonly type: 'single' | 'multiple';
  readonly options: readonly QuizOption[];
  /** For answers that are quotas or prices: when the fact was read and where, so it can be re-checked. */
  readonly facts?: { readonly asOf: string; readonly source: string };
};

export type Lab = {
  readonly id: string;
  /** Runs on a fresh account before Task 1 (and again on reset and "Jump to task"). */
  readonly setup?: readonly LabAction[];
  /** Who the console is signed in as while the lab is open: the lab's AWSLabsUser-… role, as a Builder Lab signs the learner in. Without it the console keeps its principal. */
  readonly consolePrincipal?: 'learnerRole';
  readonly tasks: readonly Task[];
  readonly quiz: readonly QuizQuestion[];
};

/** Declares a lab: validated now, so a broken lab file fails when it is imported (and in CI). */
export const defineLab = (lab: Lab): Lab => validateLab(lab);

export const stepsOf = (lab: Lab): Step[] => lab.tasks.flatMap((task) => task.steps);
