/**
 * A lab in progress, for the lab panel: live status per step (checks re-run after every call
 * the account hears), hints one at a time, "Show me", quiz answers, "Jump to task N", reset,
 * and progress that is saved after every change and can be exported as JSON. No React.
 */
import { evaluateCheck, type CheckResult } from '../checks/index.ts';
import type { Lab, Step } from '../schema.ts';
import { stepsOf } from '../schema.ts';
import { fillPlaceholders } from '../solution/placeholders.ts';
import { answerQuestion, type AnswerFeedback } from './answerQuestion.ts';
import type { LabHost, ProgressStore } from './labHost.ts';
import { activeStepId, emptyProgress, parseProgress, stepState, type Progress, type StepState } from './progress.ts';
import { runAction, type ActionOutcome } from './runAction.ts';

export type StepStatus = {
  readonly taskId: string;
  readonly stepId: string;
  readonly state: StepState;
  /** The active step's checks as they stand now; empty for locked and done steps. */
  readonly checks: readonly CheckResult[];
  /** Hint ids shown so far, in ladder order. */
  readonly hints: readonly string[];
  readonly solutionShown: boolean;
};

export type LabStatus = {
  readonly labId: string;
  readonly steps: readonly StepStatus[];
  readonly complete: boolean;
  /** The options chosen so far, by question id (the panel shows their feedback again after a reload). */
  readonly quizAnswers: Readonly<Record<string, readonly string[]>>;
};

export interface LabSession {
  readonly lab: Lab;
  /** Runs the lab's setup on a first visit and the active step's setup, then checks. */
  start(): Promise<LabStatus>;
  status(): LabStatus;
  subscribe(listener: (status: LabStatus) => void): () => void;
  /** Resolves when the checks triggered by calls so far have run. */
  settled(): Promise<LabStatus>;
  /** Checks again now: for changes the account does not hear, such as a file written by a redirect. */
  recheck(): Promise<LabStatus>;
  /** Reveals the step's next hint; returns the hint id, or undefined when the ladder is used up. */
  nextHint(stepId: string): string | undefined;
  /** Replays the active step's reference solution (the panel asks first). */
  showMe(): Promise<ActionOutcome[]>;
  answer(questionId: string, optionIds: readonly string[]): AnswerFeedback;
  /** A fresh account with the tasks before `taskIndex` (0-based) done by their solutions. */
  jumpToTask(taskIndex: number): Promise<LabStatus>;
  reset(): Promise<LabStatus>;
  exportProgress(): string;
  importProgress(json: string): Promise<LabStatus>;
  dispose(): void;
}

export type LabSessionOptions = { readonly store?: ProgressStore };

export function createLabSession(host: LabHost, lab: Lab, options: LabSessionOptions = {}): LabSession {
  const saved = options.store?.load(lab.id);
  let progress: Progress = saved ? parseProgress(saved, lab) : emptyProgress(lab.id);
  let checks: CheckResult[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  const listeners = new Set<(status: LabStatus) => void>();
  const steps = stepsOf(lab);
  const taskOf = new Map(lab.tasks.flatMap((task) => task.steps.map((step) => [step.id, task.id] as const)));

  const save = () => options.store?.save(lab.id, JSON.stringify(progress));
  const answer = (question: string, optionIds: readonly string[]) => {
    progress.quizAnswers[question] = [...optionIds];
    save();
  };
  const run = async (actions: readonly Parameters<typeof runAction>[1][]) => {
    const outcomes: ActionOutcome[] = [];
    for (const action of actions) outcomes.push(await runAction(host, action, answer));
    return outcomes;
  };
  const runSetup = async (id: string, actions: Step['setup']) => {
    if (progress.setupRan.includes(id)) return;
    progress.setupRan.push(id);
    save();
    await run(actions ?? []);
  };

  const status = (): LabStatus => ({
    labId: lab.id,
    steps: steps.map((step) => {
      const state = stepState(lab, progress, step.id);
      return {
        taskId: taskOf.get(step.id)!, stepId: step.id, state,
        checks: state === 'active' ? checks : [],
        hints: step.hints.slice(0, progress.hintsShown[step.id] ?? 0),
        solutionShown: progress.solutionShown.includes(step.id),
      };
    }),
    complete: activeStepId(lab, progress) === undefined,
    quizAnswers: { ...progress.quizAnswers },
  });
  const notify = () => {
    const now = status();
    for (const listener of [...listeners]) listener(now);
    return now;
  };

  /** Checks the active step; while it passes, marks it done and moves on (running the next setup). */
  async function evaluate(): Promise<LabStatus> {
    for (;;) {
      const step = steps.find((s) => s.id === activeStepId(lab, progress));
      if (!step) return ((checks = []), notify());
      await runSetup(step.id, step.setup);
      const state = host.client.inspect();
      const ctx = {
        state, client: host.client, failures: progress.failures, quizAnswers: progress.quizAnswers,
        quizQuestionIds: lab.quiz.map((q) => q.id), readFile: host.readFile, resolve: (template: string) => fillPlaceholders(template, state),
      };
      checks = await Promise.all(step.checks.map((check) => evaluateCheck(check, ctx)));
      if (!checks.every((c) => c.passed)) return notify();
      progress.done.push(step.id);
      save();
    }
  }
  const schedule = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };

  const unsubscribe = host.client.subscribe((event) => {
    if (event.type === 'call' && !event.ok && event.errorCode && !progress.failures.some((f) => f.action === event.action && f.code === event.errorCode)) {
      progress.failures.push({ action: event.action, code: event.errorCode });
      save();
    }
    void schedule(evaluate);
  });

  async function replayTo(taskIndex: number) {
    await host.resetAccount();
    progress = emptyProgress(lab.id);
    await runSetup('@lab', lab.setup);
    for (const task of lab.tasks.slice(0, taskIndex)) {
      for (const step of task.steps) {
        await runSetup(step.id, step.setup);
        await run(step.solution);
        if (!progress.done.includes(step.id)) progress.done.push(step.id);
      }
    }
    save();
    return evaluate();
  }

  return {
    lab,
    start: () => schedule(async () => (await runSetup('@lab', lab.setup), evaluate())),
    status,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    settled: () => schedule(async () => status()),
    recheck: () => schedule(evaluate),
    nextHint(stepId) {
      const step = steps.find((s) => s.id === stepId);
      const shown = progress.hintsShown[stepId] ?? 0;
      if (!step || shown >= step.hints.length) return undefined;
      progress.hintsShown[stepId] = shown + 1;
      save();
      notify();
      return step.hints[shown];
    },
    showMe: () => schedule(async () => {
      const step = steps.find((s) => s.id === activeStepId(lab, progress));
      if (!step) return [];
      await runSetup(step.id, step.setup);
      progress.solutionShown.push(step.id);
      save();
      const outcomes = await run(step.solution);
      await evaluate();
      return outcomes;
    }),
    answer(questionId, optionIds) {
      answer(questionId, optionIds);
      void schedule(evaluate);
      return answerQuestion(lab, questionId, optionIds);
    },
    jumpToTask: (taskIndex) => schedule(() => replayTo(taskIndex)),
    reset: () => schedule(() => replayTo(0)),
    exportProgress: () => JSON.stringify(progress, null, 2),
    async importProgress(json) {
      progress = parseProgress(json, lab);
      save();
      return schedule(evaluate);
    },
    dispose() {
      unsubscribe();
      listeners.clear();
    },
  };
}
