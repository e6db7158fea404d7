/**
 * The tab's one shell: the terminal and the lab panel run their lines through it, so both
 * share history and `> file` redirects land in the same workspace. Lives in the terminal's
 * lazy chunk (it imports the CLI); the lab panel loads it with a dynamic import.
 */
import { createShell, type Shell } from '../../cli/shell/createShell.ts';
import { profilesFromAccount } from '../../cli/profiles.ts';
import type { Workspace } from '../../cli/workspace.ts';
import type { TerminalClient } from './TerminalPanel.tsx';

type Made = { readonly client: TerminalClient; readonly workspace: Workspace; readonly region: string; readonly shell: Shell };

let made: Made | undefined;
// Table output wraps at the width of the terminal the learner last sized.
const width = { columns: 80 };

export function setTabShellWidth(columns: number): void {
  width.columns = columns;
}

export function tabShell(client: TerminalClient, region: string, workspace: Workspace): Shell {
  if (made && made.client === client && made.workspace === workspace && made.region === region) return made.shell;
  const shell = createShell({
    requestHandler: client.sdkRequestHandler(),
    profiles: profilesFromAccount(() => client.inspect()),
    workspace,
    defaultRegion: region,
    get terminalWidth() {
      return width.columns;
    },
  });
  made = { client, workspace, region, shell };
  return shell;
}
