/**
 * Owns the active lab: the browser LabHost over the console's client, shell and workspace,
 * one runner session at a time (disposed when another lab opens), its live status, and the
 * drawer's open/wide state. Progress is saved in localStorage after every change.
 * The lab (its steps and text) and the runner are fetched when a lab is opened, and the session
 * starts once the engine has loaded: neither weighs on the first page.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LabSession, LabStatus } from '../../runner/index.ts';
import { useOptionalSession } from '../hooks/useSession.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { ActiveLabContext, type ActiveLabState } from './activeLab.ts';
import { createBrowserLabHost } from './browserLabHost.ts';
import { findLabListing, loadLabEntry, useLabCatalog, type LabCatalogEntry } from './labCatalog.ts';
import { useLabSignIn } from './learnerSignIn.ts';
import { activeLabMemory, localProgressStore } from './localProgressStore.ts';

type Running = { readonly labId: string; readonly entry: LabCatalogEntry; readonly session: LabSession; readonly status: LabStatus };

export function LabProvider({ children }: { readonly children: ReactNode }) {
  const catalogue = useLabCatalog();
  const session = useOptionalSession();
  const client = session?.client;
  const account = session?.account;
  const region = session?.region;
  const workspace = useWorkspace();
  const host = useMemo(
    () => (client && account && region ? createBrowserLabHost({ client, region, workspace, account }) : undefined),
    [client, region, workspace, account],
  );
  const [labId, setLabId] = useState(() => activeLabMemory.load());
  const [running, setRunning] = useState<Running>();
  const [focusedTask, focusTask] = useState<number>();
  const [drawerOpen, setDrawerOpen] = useState(() => activeLabMemory.load() !== undefined);
  const [wide, setWide] = useState(false);

  useEffect(() => {
    const listing = labId === undefined ? undefined : findLabListing(catalogue, labId);
    if (!listing || !host) return; // `active` below only shows a session for the lab that is open now
    let disposed = false;
    let stop = () => {};
    void Promise.all([loadLabEntry(listing), import('../../runner/index.ts')]).then(([entry, { createLabSession }]) => {
      if (disposed) return;
      const session = createLabSession(host, entry.lab, { store: localProgressStore });
      const show = (status: LabStatus) => void (!disposed && setRunning({ labId: entry.lab.id, entry, session, status }));
      show(session.status());
      const unsubscribe = session.subscribe(show);
      // The account's events re-run the checks; a file the terminal or editor writes must too.
      const stopWatching = workspace.subscribe(() => void session.recheck());
      void session.start().then(show);
      stop = () => {
        stopWatching();
        unsubscribe();
        session.dispose();
      };
    }, (error: unknown) => console.warn('[lab] could not load', listing.id, error));
    return () => {
      disposed = true;
      stop();
    };
  }, [catalogue, host, labId, workspace]);

  const current = running && running.labId === labId ? running : undefined;
  useLabSignIn(current?.entry.lab, current?.status);

  const state = useMemo<ActiveLabState>(() => ({
    active: running && running.labId === labId ? { entry: running.entry, session: running.session, status: running.status } : undefined,
    opening: labId !== undefined && running?.labId !== labId && findLabListing(catalogue, labId) !== undefined,
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
  }), [catalogue, running, labId, focusedTask, drawerOpen, wide]);

  return <ActiveLabContext.Provider value={state}>{children}</ActiveLabContext.Provider>;
}
