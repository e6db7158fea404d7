/**
 * Owns the active lab: the browser LabHost over the console's client, shell and workspace,
 * one runner session at a time (disposed when another lab opens), its live status, and the
 * drawer's open/wide state. Progress is saved in localStorage after every change.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { createLabSession, type LabSession, type LabStatus } from '../../runner/index.ts';
import { useSession } from '../hooks/useSession.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { ActiveLabContext, type ActiveLabState } from './activeLab.ts';
import { createBrowserLabHost } from './browserLabHost.ts';
import { findLabEntry, useLabCatalog } from './labCatalog.ts';
import { useLabSignIn } from './learnerSignIn.ts';
import { activeLabMemory, localProgressStore } from './localProgressStore.ts';

type Running = { readonly labId: string; readonly session: LabSession; readonly status: LabStatus };

export function LabProvider({ children }: { readonly children: ReactNode }) {
  const catalogue = useLabCatalog();
  const { client, region, account } = useSession();
  const workspace = useWorkspace();
  const host = useMemo(() => createBrowserLabHost({ client, region, workspace, account }), [client, region, workspace, account]);
  const [labId, setLabId] = useState(() => activeLabMemory.load());
  const [running, setRunning] = useState<Running>();
  const [focusedTask, focusTask] = useState<number>();
  const [drawerOpen, setDrawerOpen] = useState(() => activeLabMemory.load() !== undefined);
  const [wide, setWide] = useState(false);

  useEffect(() => {
    const entry = labId === undefined ? undefined : findLabEntry(catalogue, labId);
    if (!entry) return; // `active` below only shows a session for the lab that is open now
    const session = createLabSession(host, entry.lab, { store: localProgressStore });
    const show = (status: LabStatus) => setRunning({ labId: entry.lab.id, session, status });
    show(session.status());
    const unsubscribe = session.subscribe(show);
    // The account's events re-run the checks; a file the terminal or editor writes must too.
    const stopWatching = workspace.subscribe(() => void session.recheck());
    void session.start().then(show);
    return () => {
      stopWatching();
      unsubscribe();
      session.dispose();
    };
  }, [catalogue, host, labId, workspace]);

  const runningEntry = running && running.labId === labId ? findLabEntry(catalogue, running.labId) : undefined;
  useLabSignIn(runningEntry?.lab, runningEntry && running?.status);

  const state = useMemo<ActiveLabState>(() => {
    const entry = running && findLabEntry(catalogue, running.labId);
    return {
      active: running && entry && running.labId === labId ? { entry, session: running.session, status: running.status } : undefined,
      open(id, task) {
        activeLabMemory.save(id);
        setLabId(id);
        focusTask(task);
        setDrawerOpen(true);
      },
      close() {
        activeLabMemory.save(undefined);
        setLabId(undefined);
      },
      focusedTask,
      focusTask,
      drawerOpen,
      setDrawerOpen,
      wide,
      setWide,
    };
  }, [catalogue, running, labId, focusedTask, drawerOpen, wide]);

  return <ActiveLabContext.Provider value={state}>{children}</ActiveLabContext.Provider>;
}
