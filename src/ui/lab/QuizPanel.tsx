/** The end-of-lab quiz, one card per question, answers kept in the lab's progress. */
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLocale } from '../hooks/useLocale.ts';
import type { ActiveLab } from './activeLab.ts';
import type { LabText } from './labText.ts';
import { QuizQuestionCard } from './QuizQuestionCard.tsx';

export function QuizPanel({ active, text, expanded }: { readonly active: ActiveLab; readonly text: LabText; readonly expanded: boolean }) {
  const { t } = useLocale();
  const { lab } = active.entry;
  if (lab.quiz.length === 0) return null;
  const answered = Object.keys(active.status.quizAnswers).length;
  return (
    <ExpandableSection variant="container" defaultExpanded={expanded} headerText={t('lab.quiz.title')} headerCounter={`(${answered}/${lab.quiz.length})`}>
      <SpaceBetween size="l">
        {lab.quiz.map((question, i) => (
          <QuizQuestionCard
            key={`${question.id}:${active.status.quizAnswers[question.id]?.join(",") ?? ""}`}
            lab={lab}
            question={question}
            number={i + 1}
            text={text}
            answered={active.status.quizAnswers[question.id]}
            onAnswer={(options) => active.session.answer(question.id, options)}
          />
        ))}
      </SpaceBetween>
    </ExpandableSection>
  );
}
