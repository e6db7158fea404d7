/**
 * The terminal: xterm.js over the lab shell and the simulated `aws` CLI. Its module (with
 * xterm.js, the CLI and the SDK clients) is only fetched when a learner opens it — import
 * it through LazyTerminalPanel, never directly.
 */
import '@xterm/xterm/css/xterm.css';
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import Box from '@cloudscape-design/components/box';
import { useEffect, useId, useRef } from 'react';
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
  /** Says how to leave: the terminal keeps Tab (completion), so Esc hands focus back to the page. */
  readonly leaveHint?: string;
};

export default function TerminalPanel({ client, region, workspace, label, leaveHint }: TerminalPanelProps) {
  const host = useRef<HTMLDivElement>(null);
  const hintId = useId();

  useEffect(() => {
    const term = new Terminal({ cursorBlink: true, fontSize: 13, fontFamily: 'Menlo, Consolas, "DejaVu Sans Mono", monospace', convertEol: true });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(host.current!);
    fit.fit();
    // Tab completes commands, so a keyboard user needs another way out (WCAG 2.1.2, no keyboard
    // trap): Esc gives focus to the control before the terminal (its Close button).
    term.attachCustomKeyEventHandler((e) => {
      if (e.type !== 'keydown' || e.key !== 'Escape') return true;
      if (host.current) focusControlBefore(host.current);
      return false;
    });
    if (leaveHint) term.textarea?.setAttribute('aria-describedby', hintId);
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
  }, [client, region, workspace, leaveHint, hintId]);

  return (
    <>
      {leaveHint && <Box id={hintId} variant="small" display="block" color="text-body-secondary" padding={{ vertical: 'xxs' }}>{leaveHint}</Box>}
      <div ref={host} role="region" aria-label={label} style={{ height: 360, padding: 4, background: '#000' }} />
    </>
  );
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** Focuses the last visible control that comes before `el` in the page's tab order. */
function focusControlBefore(el: HTMLElement): void {
  const before = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)]
    .filter((c) => !el.contains(c) && c.offsetParent !== null && !!(el.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_PRECEDING));
  before.at(-1)?.focus();
}
