/**
 * The console's frame around every route: top bar, side navigation, breadcrumbs, flash bar,
 * and the lab drawer where the lab instructions (and later the terminal) live.
 */
import AppLayout from '@cloudscape-design/components/app-layout';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import SplitPanel from '@cloudscape-design/components/split-panel';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { lazy, Suspense, useState } from 'react';
import type { CallFailure } from '../../client/engineClient.ts';
import { useFlashes } from '../hooks/useFlashes.ts';
import { useLocale } from '../hooks/useLocale.ts';
import { NotifyContext } from '../hooks/useNotify.ts';
import { useOptionalSession, useShellFacts } from '../hooks/useSession.ts';
import { useActiveLab } from '../lab/activeLab.ts';
import { LazyTerminalPanel } from '../terminal/LazyTerminalPanel.tsx';
import { breadcrumbsFor } from './breadcrumbsFor.ts';
import { ClientGate } from './ClientGate.tsx';
import { LabDrawer } from './LabDrawer.tsx';
import { Notifications } from './Notifications.tsx';
import { SideNav } from './SideNav.tsx';
import { StorageBanner } from './StorageBanner.tsx';
import { TopBar } from './TopBar.tsx';

// The explanation (a table of the policies considered) is fetched the first time it is asked for.
const DeniedExplanation = lazy(() => import('./DeniedExplanation.tsx').then((m) => ({ default: m.DeniedExplanation })));

const SPLIT_COMPACT_PX = 140;
const SPLIT_TERMINAL_PX = 420;
export function Shell() {
  const { t } = useLocale();
  const navigate = useNavigate();
  const path = useRouterState({ select: (s) => s.location.pathname });
  const { flashes, dismiss, notify } = useFlashes();
  const [explained, setExplained] = useState<CallFailure>();
  // The drawer holds the lab panel: opening a lab (or its deep link) opens it; presenter mode widens it.
  const { drawerOpen: toolsOpen, setDrawerOpen: setToolsOpen, wide } = useActiveLab();
  const [splitOpen, setSplitOpen] = useState(true);
  // Closed, the terminal needs only its button: the console keeps the screen. Open, it gets room.
  const [splitSize, setSplitSize] = useState(SPLIT_COMPACT_PX);
  const { region } = useShellFacts();
  // The shell is on screen before the engine: what needs the client waits for it.
  const session = useOptionalSession();

  return (
    <NotifyContext.Provider value={notify}>
      <div id="top-nav" style={{ position: 'sticky', top: 0, zIndex: 1002 }}>
        <TopBar />
      </div>
      <AppLayout
        headerSelector="#top-nav"
        ariaLabels={{
          navigation: t('layout.navigation'), navigationClose: t('layout.navigationClose'), navigationToggle: t('layout.navigationToggle'),
          notifications: t('layout.notifications'), tools: t('layout.tools'), toolsClose: t('layout.toolsClose'), toolsToggle: t('layout.toolsToggle'),
        }}
        navigation={<SideNav />}
        breadcrumbs={
          <BreadcrumbGroup
            ariaLabel={t('layout.breadcrumbs')}
            items={breadcrumbsFor(path, t)}
            onFollow={(e) => {
              e.preventDefault();
              void navigate({ to: e.detail.href });
            }}
          />
        }
        notifications={
          <>
            {session && <StorageBanner />}
            <Notifications flashes={flashes} onDismiss={dismiss} onExplain={setExplained} />
          </>
        }
        tools={<LabDrawer />}
        toolsOpen={toolsOpen}
        toolsWidth={wide ? 720 : 400}
        onToolsChange={({ detail }) => setToolsOpen(detail.open)}
        splitPanel={
          // The terminal's own chunk (xterm.js, the CLI) loads only when the learner opens it.
          <SplitPanel header={t('terminal.panel')} hidePreferencesButton>
            <LazyTerminalPanel client={session?.client} region={region} label={t('terminal.title')} leaveHint={t('terminal.leaveHint')} openLabel={t('terminal.open')} closeLabel={t('terminal.close')}
              onOpenChange={(open) => setSplitSize(open ? SPLIT_TERMINAL_PX : SPLIT_COMPACT_PX)} />
          </SplitPanel>
        }
        splitPanelOpen={splitOpen}
        onSplitPanelToggle={({ detail }) => setSplitOpen(detail.open)}
        splitPanelSize={splitSize}
        onSplitPanelResize={({ detail }) => setSplitSize(detail.size)}
        splitPanelPreferences={{ position: 'bottom' }}
        content={<ClientGate><Outlet /></ClientGate>}
      />
      {explained && (
        <Suspense fallback={null}>
          <DeniedExplanation failure={explained} onClose={() => setExplained(undefined)} />
        </Suspense>
      )}
    </NotifyContext.Provider>
  );
}
