/**
 * The console's drawer: the open lab's panel (src/ui/lab), or a way to the lab list when no
 * lab is open. The terminal sits below, in the split panel.
 */
import Box from '@cloudscape-design/components/box';
import HelpPanel from '@cloudscape-design/components/help-panel';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useNavigate } from '@tanstack/react-router';
import { useLocale } from '../hooks/useLocale.ts';
import { useActiveLab } from '../lab/activeLab.ts';
import { LabPanel } from '../lab/LabPanel.tsx';

export function LabDrawer() {
  const { t } = useLocale();
  const navigate = useNavigate();
  const { active, focusedTask, wide, setWide, close } = useActiveLab();
  if (active) return <LabPanel active={active} focusedTask={focusedTask} wide={wide} onWide={setWide} onClose={close} />;
  return (
    <HelpPanel header={<h2>{t('lab.title')}</h2>}>
      <SpaceBetween size="s">
        <Box variant="p">{t('lab.none')}</Box>
        <Link href="/labs" onFollow={(e) => { e.preventDefault(); void navigate({ to: '/labs' }); }}>{t('lab.browse')}</Link>
      </SpaceBetween>
    </HelpPanel>
  );
}
