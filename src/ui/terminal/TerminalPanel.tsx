/**
 * The terminal: xterm.js over the lab shell and the simulated `aws` CLI. Its module (with
 * xterm.js, the CLI and the SDK clients) is only fetched when a learner opens it — import
 * it through LazyTerminalPanel, never directly.
 */
import '@xterm/xterm/css/xterm.css';
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import { useEffect, useRef } from 'react';
import type { PrincipalsView } from '../../cli/profiles.ts';
import type { Workspace } from '../../cli/workspace.ts';
import type { SdkRequestHandler } from '../../client/sdkRequestHandler.ts';
import { labWorkspace } from '../workspace/labWorkspace.ts';
import { attachShell } from './attachShell.ts';
import { setTabShellWidth, tabShell } from './tabShell.ts';
import { terminalFeed } from './terminalFeed.ts';

/** The narrow part of the EngineClient the terminal needs. */
export type TerminalClient = {
  sdkRequestHandler(): SdkRequestHandler;
  inspect(): PrincipalsView;
};

export type TerminalPanelProps = {
  readonly client: TerminalClient;
  readonly region: string;
  /** The lab's files; the tab's shared workspace (the policy editor's) when not given. */
  readonly workspace?: Workspace;
  readonly label: string;
};

export default function TerminalPanel({ client, region, workspace, label }: TerminalPanelProps) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const term = new Terminal({ cursorBlink: true, fontSize: 13, fontFamily: 'Menlo, Consolas, "DejaVu Sans Mono", monospace', convertEol: true });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(host.current!);
    fit.fit();
    // The tab's one shell, shared with the lab panel: its "Show me" lines appear here.
    const shell = tabShell(client, region, workspace ?? labWorkspace);
    setTabShellWidth(term.cols);
    const detach = attachShell(term, shell, terminalFeed.subscribe);
    const resize = new ResizeObserver(() => {
      fit.fit();
      setTabShellWidth(term.cols);
    });
    resize.observe(host.current!);
    term.focus();
    return () => {
      resize.disconnect();
      detach();
      term.dispose();
    };
  }, [client, region, workspace]);

  return <div ref={host} role="region" aria-label={label} style={{ height: 360, padding: 4, background: '#000' }} />;
}
