/** Every question of the lab's quiz (or the listed ones) has an answer. */
import { fail, pass, type CheckKind } from './checkKind.ts';
import { arrayOf, id, object, oneOf, optional } from '../validate/validators.ts';

export type QuizAnsweredCheck = { readonly kind: 'quizAnswered'; readonly questions?: readonly string[] };

export const quizAnswered = (fields: Omit<QuizAnsweredCheck, 'kind'> = {}): QuizAnsweredCheck => ({ kind: 'quizAnswered', ...fields });

export const quizAnsweredKind: CheckKind<QuizAnsweredCheck> = {
  kind: 'quizAnswered',
  validate: object({ kind: oneOf('quizAnswered'), questions: optional(arrayOf(id, { min: 1 })) }),
  evaluate(check, { quizAnswers, quizQuestionIds }) {
    const wanted = check.questions ?? quizQuestionIds;
    const answered = wanted.filter((q) => (quizAnswers[q]?.length ?? 0) > 0).length;
    const params = { answered, total: wanted.length };
    return answered === wanted.length ? pass('quizAnswered.done', params) : fail('quizAnswered.notYet', params);
  },
};
