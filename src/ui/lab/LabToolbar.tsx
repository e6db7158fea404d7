/**
 * The lab's own controls: jump to a task (fresh account, earlier tasks done), reset, export
 * and import progress, presenter mode. Jump and reset ask first: they replace the account.
 */
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useLocale } from '../hooks/useLocale.ts';
import type { ActiveLab } from './activeLab.ts';
import { ConfirmModal } from './ConfirmModal.tsx';
import { downloadProgress } from './downloadProgress.ts';
import { ImportProgressButton } from './ImportProgressButton.tsx';

export type LabToolbarProps = {
  readonly active: ActiveLab;
  readonly wide: boolean;
  onWide(wide: boolean): void;
  /** Runs a long action (jump, reset) with the panel marked busy. */
  onWork(work: () => Promise<unknown>): void;
};

type Asking = { readonly kind: 'jump'; readonly task: number } | { readonly kind: 'reset' };

export function LabToolbar({ active, wide, onWide, onWork }: LabToolbarProps) {
  const { t } = useLocale();
  const [asking, setAsking] = useState<Asking>();
  const { lab } = active.entry;
  const confirm = () => {
    const what = asking;
    setAsking(undefined);
    if (what?.kind === 'jump') onWork(() => active.session.jumpToTask(what.task - 1));
    if (what?.kind === 'reset') onWork(() => active.session.reset());
  };

  return (
    <SpaceBetween direction="horizontal" size="xs">
      <ButtonDropdown
        items={lab.tasks.map((_, i) => ({ id: String(i + 1), text: t('lab.jump.option', { n: i + 1 }) }))}
        onItemClick={({ detail }) => setAsking({ kind: 'jump', task: Number(detail.id) })}
      >
        {t('lab.jump.label')}
      </ButtonDropdown>
      <Button iconName="refresh" onClick={() => setAsking({ kind: 'reset' })}>{t('lab.reset.button')}</Button>
      <Button iconName="download" onClick={() => downloadProgress(lab.id, active.session.exportProgress())}>{t('lab.progress.export')}</Button>
      <ImportProgressButton session={active.session} />
      <Button iconName={wide ? 'shrink' : 'expand'} onClick={() => onWide(!wide)}>{wide ? t('lab.panel.wideOff') : t('lab.panel.wideOn')}</Button>
      <ConfirmModal
        visible={asking !== undefined}
        title={asking?.kind === 'jump' ? t('lab.jump.title', { n: asking.task }) : t('lab.reset.title')}
        body={asking?.kind === 'jump' ? t('lab.jump.body', { n: asking.task }) : t('lab.reset.body')}
        confirm={asking?.kind === 'jump' ? t('lab.jump.confirm') : t('lab.reset.confirm')}
        onCancel={() => setAsking(undefined)}
        onConfirm={confirm}
      />
    </SpaceBetween>
  );
}
