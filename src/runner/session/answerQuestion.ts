/** Feedback on a quiz answer: right or wrong, and for every option whether it was chosen and correct (the panel shows each option's rationale). */
import type { Lab } from '../schema.ts';

export type AnswerFeedback = {
  readonly questionId: string;
  readonly correct: boolean;
  readonly options: readonly { readonly id: string; readonly correct: boolean; readonly chosen: boolean }[];
};

export function answerQuestion(lab: Lab, questionId: string, chosen: readonly string[]): AnswerFeedback {
  const question = lab.quiz.find((q) => q.id === questionId);
  if (!question) throw new Error(`The lab "${lab.id}" has no question "${questionId}".`);
  const options = question.options.map((o) => ({ id: o.id, correct: o.correct, chosen: chosen.includes(o.id) }));
  return { questionId, correct: options.every((o) => o.correct === o.chosen), options };
}
