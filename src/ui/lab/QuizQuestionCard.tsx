/**
 * One quiz question: radio buttons for a single answer, checkboxes for several. After
 * "Check answer" every option shows whether it is right, whether it was chosen, and why.
 */
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useState } from 'react';
import { answerQuestion, type AnswerFeedback, type Lab, type QuizQuestion } from '../../runner/index.ts';
import { useLocale } from '../hooks/useLocale.ts';
import type { LabText } from './labText.ts';

export type QuizQuestionCardProps = {
  readonly lab: Lab;
  readonly question: QuizQuestion;
  readonly number: number;
  readonly text: LabText;
  /** What was answered before (a reload shows the feedback again). */
  readonly answered: readonly string[] | undefined;
  onAnswer(optionIds: readonly string[]): AnswerFeedback;
};

export function QuizQuestionCard({ lab, question, number, text, answered, onAnswer }: QuizQuestionCardProps) {
  const { t } = useLocale();
  const [chosen, setChosen] = useState<readonly string[]>(answered ?? []);
  const [feedback, setFeedback] = useState<AnswerFeedback | undefined>(() => (answered ? answerQuestion(lab, question.id, answered) : undefined));
  const key = (optionId: string, part: 'text' | 'rationale') => `quiz.${question.id}.options.${optionId}.${part}`;
  const toggle = (id: string, on: boolean) => setChosen(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  const groupLabel = `${number}. ${text(`quiz.${question.id}.prompt`)}`;

  return (
    <fieldset className="lab-quiz-question">
      <legend>{groupLabel}</legend>
      <p className="lab-muted">{question.type === 'single' ? t('lab.quiz.single') : t('lab.quiz.multiple')}</p>
      {question.type === 'single' ? (
        <RadioGroup
          ariaLabel={groupLabel}
          value={chosen[0] ?? null}
          onChange={({ detail }) => setChosen([detail.value])}
          items={question.options.map((o) => ({ value: o.id, label: text(key(o.id, 'text')) }))}
        />
      ) : (
        <SpaceBetween size="xxs">
          {question.options.map((o) => (
            <Checkbox key={o.id} checked={chosen.includes(o.id)} onChange={({ detail }) => toggle(o.id, detail.checked)}>
              {text(key(o.id, 'text'))}
            </Checkbox>
          ))}
        </SpaceBetween>
      )}
      <Button disabled={chosen.length === 0} onClick={() => setFeedback(onAnswer(chosen))}>{t('lab.quiz.check')}</Button>
      {feedback && (
        <div aria-live="polite">
          <p>
            <StatusIndicator type={feedback.correct ? 'success' : 'warning'}>{feedback.correct ? t('lab.quiz.correct') : t('lab.quiz.incorrect')}</StatusIndicator>
          </p>
          <ul className="lab-rationales">
            {feedback.options.map((o) => (
              <li key={o.id}>
                <StatusIndicator type={o.correct ? 'success' : 'error'}>{o.correct ? t('lab.quiz.isCorrect') : t('lab.quiz.isWrong')}</StatusIndicator>
                {o.chosen && <strong className="lab-chosen"> {t('lab.quiz.chosen')}</strong>}
                <div><strong>{text(key(o.id, 'text'))}</strong></div>
                <div>{text(key(o.id, 'rationale'))}</div>
              </li>
            ))}
          </ul>
          {question.facts && <p className="lab-muted">{t('lab.quiz.facts', { asOf: question.facts.asOf, source: question.facts.source })}</p>}
        </div>
      )}
    </fieldset>
  );
}
