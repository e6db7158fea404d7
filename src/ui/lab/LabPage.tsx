/**
 * /labs/<id> and /labs/<id>/tasks/<n>: makes the lab the active one (its panel opens in the
 * drawer, focused on task n) and shows the lab's outline. A link to a task the learner has
 * not reached offers "Jump to task n" rather than taking their account away unasked.
 */
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useLocale } from '../hooks/useLocale.ts';
import { useActiveLab } from './activeLab.ts';
import { ConfirmModal } from './ConfirmModal.tsx';
import { useLabEntry } from './labCatalog.ts';
import { labTextFor } from './labText.ts';
import { stepIndicator } from './stepIndicator.ts';
import { taskProgress } from './taskProgress.ts';

export function LabPage({ labId, task }: { readonly labId: string; readonly task?: number }) {
  const { t, locale } = useLocale();
  const navigate = useNavigate();
  const { active, open, setDrawerOpen } = useActiveLab();
  const [asking, setAsking] = useState(false);
  const loading = useLabEntry(labId);
  const entry = loading.status === 'ready' ? loading.value : undefined;
  useEffect(() => {
    if (entry) open(entry.lab.id, task);
    // `open` changes with every status; opening once per link is what is wanted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entry, task]);

  if (loading.status === 'loading') return <StatusIndicator type="loading">{t('table.loading')}</StatusIndicator>;
  if (loading.status === 'failed') return <Alert type="error">{t('lab.page.loadFailed', { detail: String(loading.error) })}</Alert>;
  if (!entry) return <Alert type="error">{t('lab.page.notFound', { id: labId })}</Alert>;
  const text = labTextFor(entry, locale);
  const progress = active?.entry === entry ? taskProgress(entry.lab, active.status) : undefined;
  const behind = task !== undefined && progress !== undefined && progress.current < task;

  return (
    <ContentLayout
      header={
        <Header variant="h1" description={text('summary')} actions={<Button onClick={() => setDrawerOpen(true)}>{t('lab.page.openPanel')}</Button>}>
          {text('title')}
        </Header>
      }
    >
      {behind && (
        <Alert type="info" action={<Button onClick={() => setAsking(true)}>{t('lab.jump.title', { n: task })}</Button>}>
          {t('lab.page.behind', { current: progress.current, wanted: task })}
        </Alert>
      )}
      <Container header={<Header variant="h2">{t('lab.page.tasks')}</Header>}>
        <ol className="lab-outline">
          {entry.lab.tasks.map((item, i) => (
            <li key={item.id}>
              <Link href={`/labs/${labId}/tasks/${i + 1}`} onFollow={(e) => { e.preventDefault(); void navigate({ to: '/labs/$labId/tasks/$taskNumber', params: { labId, taskNumber: String(i + 1) } }); }}>
                {text(`tasks.${item.id}.title`)}
              </Link>{' '}
              {progress && <StatusIndicator type={stepIndicator(progress.states[i]!)}>{t(`lab.state.${progress.states[i]!}`)}</StatusIndicator>}
            </li>
          ))}
        </ol>
      </Container>
      <ConfirmModal
        visible={asking}
        title={t('lab.jump.title', { n: task ?? 1 })}
        body={t('lab.jump.body', { n: task ?? 1 })}
        confirm={t('lab.jump.confirm')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          if (active && task) void active.session.jumpToTask(task - 1);
        }}
      />
    </ContentLayout>
  );
}
