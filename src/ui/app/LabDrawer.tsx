/**
 * The console's drawer: the open lab's panel (src/ui/lab), or a way to the lab list when no
 * lab is open. The terminal sits below, in the split panel. The panel's code comes with the
 * first lab opened, not with the first page.
 */
import Box from '@cloudscape-design/components/box';
import HelpPanel from '@cloudscape-design/components/help-panel';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useNavigate } from '@tanstack/react-router';
import { useLocale } from '../hooks/useLocale.ts';
import { lazy, Suspense } from 'react';
import { useActiveLab } from '../lab/activeLab.ts';

const LabPanel = lazy(() => import('../lab/LabPanel.tsx').then((m) => ({ default: m.LabPanel })));

export function LabDrawer() {
  const { t } = useLocale();
  const navigate = useNavigate();
  const { active, opening, focusedTask, wide, setWide, close } = useActiveLab();
  if (active) {
    return (
      <Suspense fallback={<Spinner />}>
        <LabPanel active={active} focusedTask={focusedTask} wide={wide} onWide={setWide} onClose={close} />
      </Suspense>
    );
  }
  if (opening) {
    return (
      <HelpPanel header={<h2>{t('lab.title')}</h2>}>
        <StatusIndicator type="loading">{t('table.loading')}</StatusIndicator>
      </HelpPanel>
    );
  }
  return (
    <HelpPanel header={<h2>{t('lab.title')}</h2>}>
      <SpaceBetween size="s">
        <Box variant="p">{t('lab.none')}</Box>
        <Link href="/labs" onFollow={(e) => { e.preventDefault(); void navigate({ to: '/labs' }); }}>{t('lab.browse')}</Link>
      </SpaceBetween>
    </HelpPanel>
  );
}
