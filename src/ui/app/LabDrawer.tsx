/**
 * The drawer where the lab instructions will live (the lab runner issue), and beside them the
 * terminal (src/ui/terminal/TerminalPanel.tsx, loaded lazily once it lands).
 */
import Box from '@cloudscape-design/components/box';
import HelpPanel from '@cloudscape-design/components/help-panel';
import { useLocale } from '../hooks/useLocale.ts';

export function LabDrawer() {
  const { t } = useLocale();
  return (
    <HelpPanel header={<h2>{t('lab.title')}</h2>}>
      <Box variant="p">{t('lab.none')}</Box>
    </HelpPanel>
  );
}
