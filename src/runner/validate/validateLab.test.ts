import { expect, it } from 'vitest';
import { validateLab } from './validateLab.ts';

const step = (id: string, extra: Record<string, unknown> = {}) => ({ id, checks: [{ kind: 'keyExists', alias: 'alias/a' }], hints: [], solution: [{ cli: 'aws kms list-keys' }], ...extra });
const lab = (tasks: unknown[], quiz: unknown[] = []) => ({ id: 'demo-lab', tasks, quiz });
const problem = (value: unknown) => {
  try {
    validateLab(value);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
};

it('accepts a small well-formed lab', () => {
  expect(problem(lab([{ id: 't1', steps: [step('s1')] }]))).toBeUndefined();
});

it('names the path of a check field of the wrong type', () => {
  const tasks = [{ id: 't0', steps: [step('s0')] }, { id: 't1', steps: [step('s1')] }, { id: 't2', steps: [step('s2', { checks: [{ kind: 'keyExists' }, { kind: 'keyStateIs', alias: 7, state: 'Enabled' }] })] }];
  expect(problem(lab(tasks))).toBe('At tasks.2.steps.0.checks.1.alias: Expected a string, got a number');
});

it('refuses an unknown check kind, listing the kinds there are', () => {
  expect(problem(lab([{ id: 't1', steps: [step('s1', { checks: [{ kind: 'keyIsNice' }] })] }]))).toMatch(/^At tasks\.0\.steps\.0\.checks\.0\.kind: Expected a check kind \(aliasPointsTo, .*\), got "keyIsNice"$/);
});

it('refuses a misspelt field instead of ignoring it', () => {
  expect(problem(lab([{ id: 't1', steps: [step('s1', { checks: [{ kind: 'keyExists', allias: 'x' }] })] }]))).toBe('At tasks.0.steps.0.checks.0.allias: Unexpected field');
});

it('refuses duplicate step ids across tasks', () => {
  expect(problem(lab([{ id: 't1', steps: [step('s1')] }, { id: 't2', steps: [step('s1')] }]))).toBe('At tasks.1.steps.0.id: Duplicate id "s1"');
});

it('refuses an unknown placeholder in a solution line', () => {
  expect(problem(lab([{ id: 't1', steps: [step('s1', { solution: [{ cli: 'aws kms describe-key --key-id {{keyID:alias/a}}' }] })] }]))).toBe('At tasks.0.steps.0.solution.0.cli: Unknown placeholder {{keyID}}');
});

it('requires exactly one correct option for a single-answer question and two or more for a multiple-answer one', () => {
  const tasks = [{ id: 't1', steps: [step('s1')] }];
  const options = [{ id: 'a', correct: true }, { id: 'b', correct: true }];
  expect(problem(lab(tasks, [{ id: 'q1', type: 'single', options }]))).toBe('At quiz.0.options: A single-answer question needs exactly one correct option, found 2');
  expect(problem(lab(tasks, [{ id: 'q1', type: 'multiple', options: [{ id: 'a', correct: true }, { id: 'b', correct: false }] }]))).toBe('At quiz.0.options: A multiple-answer question needs two or more correct options, found 1');
});

it('refuses a solution answer that names an option the question does not have', () => {
  const quiz = [{ id: 'q1', type: 'single', options: [{ id: 'a', correct: true }, { id: 'b', correct: false }] }];
  expect(problem(lab([{ id: 't1', steps: [step('s1', { solution: [{ answer: 'q1', options: ['c'] }] })] }], quiz))).toBe('At tasks.0.steps.0.solution.0.options: Question "q1" has no option "c"');
});
