/**
 * The lab in the console's drawer: title and progress, the lab's controls, each task with its
 * steps and live check words, then the quiz. Type grows with the drawer's width (lab.css), so
 * a wide drawer on a projector stays readable from the back of a classroom.
 */
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useLocale } from '../hooks/useLocale.ts';
import type { ActiveLab } from './activeLab.ts';
import './lab.css';
import { LabToolbar } from './LabToolbar.tsx';
import { labTextFor } from './labText.ts';
import { QuizPanel } from './QuizPanel.tsx';
import { TaskSection } from './TaskSection.tsx';

export type LabPanelProps = {
  readonly active: ActiveLab;
  readonly focusedTask: number | undefined;
  readonly wide: boolean;
  onWide(wide: boolean): void;
  onClose(): void;
};

export function LabPanel({ active, focusedTask, wide, onWide, onClose }: LabPanelProps) {
  const { t, locale } = useLocale();
  const [busy, setBusy] = useState(false);
  const [opened, setOpened] = useState<Readonly<Record<string, boolean>>>({});
  const text = labTextFor(active.entry, locale);
  const { lab } = active.entry;
  const { steps, complete } = active.status;
  const done = steps.filter((s) => s.state === 'done').length;
  const activeTask = steps.find((s) => s.state === 'active')?.taskId;
  const work = (job: () => Promise<unknown>) => {
    setBusy(true);
    void job().finally(() => setBusy(false));
  };

  return (
    <section className="lab-panel" aria-label={t('lab.panel.label')} aria-busy={busy}>
      <SpaceBetween size="m">
        <h2>{text('title')}</h2>
        <ProgressBar
          label={t('lab.panel.progress')}
          value={Math.round((100 * done) / steps.length)}
          additionalInfo={busy ? t('lab.panel.working') : t('lab.panel.progressText', { done, total: steps.length })}
        />
        {complete && <Alert type="success">{t('lab.panel.complete')}</Alert>}
        <LabToolbar active={active} wide={wide} onWide={onWide} onWork={work} />
        {lab.tasks.map((task, i) => (
          <TaskSection
            key={task.id}
            task={task}
            number={i + 1}
            steps={steps.filter((s) => s.taskId === task.id)}
            text={text}
            session={active.session}
            expanded={opened[task.id] ?? (focusedTask === undefined ? task.id === activeTask : focusedTask === i + 1)}
            onExpand={(expanded) => setOpened({ ...opened, [task.id]: expanded })}
          />
        ))}
        <QuizPanel active={active} text={text} expanded={complete || activeTask === lab.tasks.at(-1)?.id} />
        <Button variant="link" onClick={onClose}>{t('lab.panel.close')}</Button>
      </SpaceBetween>
    </section>
  );
}
