/**
 * A learner's progress in one lab: plain JSON with a version, so it can be saved, exported,
 * imported and checked when it comes back. Step states are derived: the first step not done
 * is active, the ones after it are locked.
 */
import type { SeenFailure } from '../checks/checkKind.ts';
import type { Lab } from '../schema.ts';
import { stepsOf } from '../schema.ts';
import { LabValidationError, arrayOf, num, object, recordOf, str } from '../validate/validators.ts';

export const PROGRESS_VERSION = 1;

export type Progress = {
  readonly version: typeof PROGRESS_VERSION;
  readonly labId: string;
  /** Steps completed, in order. Done is sticky: later steps may undo what an earlier one made. */
  done: string[];
  /** Steps (and '@lab' for the lab's own setup) whose setup has run. */
  setupRan: string[];
  hintsShown: Record<string, number>;
  /** Steps finished by "Show me" rather than by the learner. */
  solutionShown: string[];
  quizAnswers: Record<string, string[]>;
  failures: SeenFailure[];
};

export type StepState = 'locked' | 'active' | 'done';

export const emptyProgress = (labId: string): Progress => ({
  version: PROGRESS_VERSION, labId, done: [], setupRan: [], hintsShown: {}, solutionShown: [], quizAnswers: {}, failures: [],
});

const validateProgress = object({
  version: (value, path) => {
    if (value !== PROGRESS_VERSION) throw new LabValidationError(path, `Expected progress version ${PROGRESS_VERSION}, got ${JSON.stringify(value)}`);
    return PROGRESS_VERSION;
  },
  labId: str,
  done: arrayOf(str),
  setupRan: arrayOf(str),
  hintsShown: recordOf(num),
  solutionShown: arrayOf(str),
  quizAnswers: recordOf(arrayOf(str)),
  failures: arrayOf(object({ action: str, code: str })),
});

/** Reads exported progress; throws LabValidationError (with the path) for a damaged file. */
export function parseProgress(json: string, lab: Lab): Progress {
  const progress = validateProgress(JSON.parse(json), '') as Progress;
  if (progress.labId !== lab.id) throw new Error(`This progress is for the lab "${progress.labId}", not "${lab.id}".`);
  const known = new Set(stepsOf(lab).map((s) => s.id));
  return { ...progress, done: progress.done.filter((id) => known.has(id)) };
}

export function activeStepId(lab: Lab, progress: Progress): string | undefined {
  return stepsOf(lab).find((step) => !progress.done.includes(step.id))?.id;
}

export function stepState(lab: Lab, progress: Progress, stepId: string): StepState {
  if (progress.done.includes(stepId)) return 'done';
  return activeStepId(lab, progress) === stepId ? 'active' : 'locked';
}
