/**
 * validateLab: the shape of a lab file and the rules between its parts (unique ids, hints,
 * quiz answers, known placeholders), each error naming its path.
 */
import type { Lab, LabAction, QuizQuestion } from '../schema.ts';
import { validateCheck } from '../checks/index.ts';
import { unknownPlaceholders } from '../solution/placeholders.ts';
import { LabValidationError, arrayOf, bool, id, num, object, oneOf, optional, recordOf, str, type Validator } from './validators.ts';

const ACTION_FIELDS = ['cli', 'call', 'openObject', 'writeFile', 'advanceClockDays', 'answer'] as const;

const ACTIONS: Record<(typeof ACTION_FIELDS)[number], Validator<LabAction>> = {
  cli: object({ cli: str, expectError: optional(str) }),
  call: object({ call: str, input: recordOf((v) => v), as: optional(str), expectError: optional(str) }),
  openObject: object({ openObject: str, key: str, via: oneOf('open', 'objectUrl'), expectStatus: num, as: optional(str) }),
  writeFile: object({ writeFile: str, text: str }),
  advanceClockDays: object({ advanceClockDays: num }),
  answer: object({ answer: id, options: arrayOf(id, { min: 1 }) }),
};

const validateAction: Validator<LabAction> = (value, path) => {
  const field = ACTION_FIELDS.find((name) => typeof value === 'object' && value !== null && name in value);
  if (!field) throw new LabValidationError(path, `Expected an action with one of ${ACTION_FIELDS.join(', ')}`);
  const action = ACTIONS[field](value, path);
  const texts = 'cli' in action ? [action.cli] : 'writeFile' in action ? [action.text] : 'call' in action ? [JSON.stringify(action.input), action.as ?? ''] : 'openObject' in action ? [action.openObject, action.key, action.as ?? ''] : [];
  const unknown = texts.flatMap(unknownPlaceholders);
  if (unknown.length > 0) throw new LabValidationError(`${path}.${field}`, `Unknown placeholder {{${unknown[0]}}}`);
  return action;
};

const actions = arrayOf(validateAction);

const validateQuestion: Validator<QuizQuestion> = (value, path) => {
  const question = object({
    id,
    type: oneOf('single', 'multiple'),
    options: arrayOf(object({ id, correct: bool }), { min: 2 }),
    facts: optional(object({ asOf: str, source: str })),
  })(value, path);
  const correct = question.options.filter((o) => o.correct).length;
  if (question.type === 'single' && correct !== 1) throw new LabValidationError(`${path}.options`, `A single-answer question needs exactly one correct option, found ${correct}`);
  if (question.type === 'multiple' && correct < 2) throw new LabValidationError(`${path}.options`, `A multiple-answer question needs two or more correct options, found ${correct}`);
  return question;
};

const shape = object({
  id,
  setup: optional(actions),
  consolePrincipal: optional(oneOf('learnerRole')),
  tasks: arrayOf(object({
    id,
    steps: arrayOf(object({ id, checks: arrayOf(validateCheck, { min: 1 }), setup: optional(actions), hints: arrayOf(id), solution: arrayOf(validateAction, { min: 1 }) }), { min: 1 }),
  }), { min: 1 }),
  quiz: arrayOf(validateQuestion),
});

function assertUnique(ids: { id: string; path: string }[]) {
  const seen = new Set<string>();
  for (const { id: value, path } of ids) {
    if (seen.has(value)) throw new LabValidationError(path, `Duplicate id "${value}"`);
    seen.add(value);
  }
}

export function validateLab(value: unknown): Lab {
  const lab = shape(value, '') as Lab;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(lab.id)) throw new LabValidationError('id', `Expected a kebab-case lab id, got "${lab.id}"`);
  assertUnique(lab.tasks.map((task, t) => ({ id: task.id, path: `tasks.${t}.id` })));
  assertUnique(lab.tasks.flatMap((task, t) => task.steps.map((step, s) => ({ id: step.id, path: `tasks.${t}.steps.${s}.id` }))));
  assertUnique(lab.tasks.flatMap((task, t) => task.steps.flatMap((step, s) => step.hints.map((hint, h) => ({ id: hint, path: `tasks.${t}.steps.${s}.hints.${h}` })))));
  assertUnique(lab.quiz.map((q, i) => ({ id: q.id, path: `quiz.${i}.id` })));
  const questions = new Map(lab.quiz.map((q) => [q.id, q]));
  lab.tasks.forEach((task, t) => task.steps.forEach((step, s) => step.solution.forEach((action, a) => {
    if (!('answer' in action)) return;
    const path = `tasks.${t}.steps.${s}.solution.${a}`;
    const question = questions.get(action.answer);
    if (!question) throw new LabValidationError(`${path}.answer`, `No quiz question "${action.answer}"`);
    const unknown = action.options.find((o) => !question.options.some((q) => q.id === o));
    if (unknown !== undefined) throw new LabValidationError(`${path}.options`, `Question "${action.answer}" has no option "${unknown}"`);
  })));
  return lab;
}
