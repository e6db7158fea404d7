/** Where the learner is, task by task: each task's state and the (1-based) task now in progress. */
import type { Lab, LabStatus, StepState } from '../../runner/index.ts';

export type TaskProgress = { readonly states: readonly StepState[]; readonly current: number };

export function taskProgress(lab: Lab, status: LabStatus): TaskProgress {
  const states = lab.tasks.map((task): StepState => {
    const steps = status.steps.filter((s) => s.taskId === task.id);
    if (steps.every((s) => s.state === 'done')) return 'done';
    return steps.some((s) => s.state !== 'locked') ? 'active' : 'locked';
  });
  const current = states.indexOf('active') + 1 || (states.every((s) => s === 'done') ? lab.tasks.length : 1);
  return { states, current };
}
