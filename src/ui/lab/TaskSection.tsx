/** A task of the lab: an expandable section with its steps; the active task is open. */
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import type { LabSession, StepStatus, Task } from '../../runner/index.ts';
import { useLocale } from '../hooks/useLocale.ts';
import type { LabText } from './labText.ts';
import { StepItem } from './StepItem.tsx';

export type TaskSectionProps = {
  readonly task: Task;
  readonly number: number;
  readonly steps: readonly StepStatus[];
  readonly text: LabText;
  readonly session: LabSession;
  readonly expanded: boolean;
  onExpand(expanded: boolean): void;
};

export function TaskSection({ task, number, steps, text, session, expanded, onExpand }: TaskSectionProps) {
  const { t } = useLocale();
  const done = steps.filter((s) => s.state === 'done').length;
  return (
    <ExpandableSection
      variant="container"
      expanded={expanded}
      onChange={({ detail }) => onExpand(detail.expanded)}
      headerText={text(`tasks.${task.id}.title`)}
      headerCounter={`(${done}/${steps.length})`}
      headerDescription={done === steps.length ? t('lab.state.done') : undefined}
    >
      <ol className="lab-steps">
        {steps.map((step, i) => (
          <StepItem
            key={step.stepId}
            step={step}
            number={`${number}.${i + 1}`}
            text={text}
            hintsLeft={step.hints.length < (task.steps.find((s) => s.id === step.stepId)?.hints.length ?? 0)}
            onHint={() => session.nextHint(step.stepId)}
            onShowMe={() => session.showMe()}
          />
        ))}
      </ol>
    </ExpandableSection>
  );
}
