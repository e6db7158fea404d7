/** Every text key a lab needs (from its ids), so a locale file can be checked for completeness. */
import type { Lab } from '../src/runner/schema.ts';
import { stepsOf } from '../src/runner/schema.ts';

export function requiredTextKeys(lab: Lab): string[] {
  return [
    'title',
    'summary',
    ...lab.tasks.map((task) => `tasks.${task.id}.title`),
    ...stepsOf(lab).flatMap((step) => [`steps.${step.id}.title`, `steps.${step.id}.body`, ...step.hints.map((hint) => `hints.${hint}`)]),
    ...lab.quiz.flatMap((q) => [`quiz.${q.id}.prompt`, ...q.options.flatMap((o) => [`quiz.${q.id}.options.${o.id}.text`, `quiz.${q.id}.options.${o.id}.rationale`])]),
  ];
}

/** Every dotted path to a string in a locale file. */
export function textKeysOf(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => textKeysOf(value, prefix === '' ? key : `${prefix}.${key}`));
}
