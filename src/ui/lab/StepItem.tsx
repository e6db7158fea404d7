/**
 * One step of a task: its state, and for the active step the instructions, what the checks
 * are still waiting for (in words), the hint ladder one rung at a time and "Show me".
 */
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useState } from 'react';
import type { ActionOutcome, StepStatus } from '../../runner/index.ts';
import { useLocale } from '../hooks/useLocale.ts';
import { ConfirmModal } from './ConfirmModal.tsx';
import { LabRichText } from './LabRichText.tsx';
import { checkWords, type LabText } from './labText.ts';
import { stepIndicator } from './stepIndicator.ts';

export type StepItemProps = {
  readonly step: StepStatus;
  readonly number: string;
  readonly text: LabText;
  readonly hintsLeft: boolean;
  onHint(): void;
  onShowMe(): Promise<ActionOutcome[]>;
};

export function StepItem({ step, number, text, hintsLeft, onHint, onShowMe }: StepItemProps) {
  const { t, locale } = useLocale();
  const [asking, setAsking] = useState(false);
  const [ran, setRan] = useState<ActionOutcome[]>();
  const active = step.state === 'active';
  const title = `${number} ${text(`steps.${step.stepId}.title`)}`;

  return (
    <li className="lab-step" data-state={step.state} aria-current={active ? 'step' : undefined}>
      <div className="lab-step-title">
        <StatusIndicator type={stepIndicator(step.state)}>{t(`lab.state.${step.state}`)}</StatusIndicator>
        <h4>{title}</h4>
      </div>
      {step.state === 'done' && step.solutionShown && <p className="lab-muted">{t('lab.step.shownBySolution')}</p>}
      {active && (
        <SpaceBetween size="s">
          <p><LabRichText text={text(`steps.${step.stepId}.body`)} /></p>
          {step.checks.length > 0 && (
            <div>
              <h5>{t('lab.step.checks')}</h5>
              <ul className="lab-checks" aria-live="polite">
                {step.checks.map((check, i) => (
                  <li key={i}>
                    <StatusIndicator type={check.passed ? 'success' : 'pending'}>{checkWords(check, locale)}</StatusIndicator>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {step.hints.map((hint, i) => (
            <div key={hint} className="lab-hint">
              <strong>{t('lab.step.hintTitle', { n: i + 1 })}</strong> <LabRichText text={text(`hints.${hint}`)} />
            </div>
          ))}
          <SpaceBetween direction="horizontal" size="xs">
            <Button iconName="suggestions" disabled={!hintsLeft} onClick={onHint}>
              {!hintsLeft ? t('lab.step.noMoreHints') : step.hints.length === 0 ? t('lab.step.hint') : t('lab.step.moreHint')}
            </Button>
            <Button iconName="caret-right-filled" onClick={() => setAsking(true)}>{t('lab.step.showMe')}</Button>
          </SpaceBetween>
        </SpaceBetween>
      )}
      {ran && ran.length > 0 && (
        <div>
          <h5>{t('lab.step.ran')}</h5>
          <pre className="lab-ran">{ran.map((outcome) => outcome.shown).join('\n')}</pre>
        </div>
      )}
      <ConfirmModal
        visible={asking}
        title={t('lab.showMe.title')}
        body={t('lab.showMe.body')}
        confirm={t('lab.showMe.confirm')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          void onShowMe().then(setRan);
        }}
      />
    </li>
  );
}
