/**
 * The browser's LabHost (src/runner/session/labHost.ts): terminal lines run through the tab's
 * one shell — the terminal's — and are echoed into the terminal when it is open; files are
 * the shared workspace the editor and terminal use; reset goes through the account controls
 * (a fresh account in IndexedDB) and empties the workspace.
 */
import type { EngineClient } from '../../client/engineClient.ts';
import type { AccountControls } from '../../client/persistence/accountControls.ts';
import type { LabHost } from '../../runner/index.ts';
import { fromUtf8, utf8 } from '../../shared/bytes.ts';
import { terminalFeed } from '../terminal/terminalFeed.ts';
import type { ObservableWorkspace } from '../workspace/observableWorkspace.ts';

export type BrowserLabHostParts = {
  readonly client: EngineClient;
  readonly region: string;
  readonly workspace: ObservableWorkspace;
  readonly account: Pick<AccountControls, 'reset'>;
};

export function createBrowserLabHost({ client, region, workspace, account }: BrowserLabHostParts): LabHost {
  return {
    client,
    async runLine(line) {
      // The CLI lives in the terminal's lazy chunk; the first "Show me" fetches it.
      const { tabShell } = await import('../terminal/tabShell.ts');
      const result = await tabShell(client, region, workspace).run(line);
      terminalFeed.publish({ line, stdout: result.stdout, stderr: result.stderr });
      return { exitCode: result.exitCode, stdout: fromUtf8(result.stdout), stderr: result.stderr };
    },
    readFile(path) {
      const bytes = workspace.read(path);
      return bytes === undefined ? undefined : fromUtf8(bytes);
    },
    writeFile: (path, text) => workspace.write(path, utf8(text)),
    async resetAccount() {
      const reset = await account.reset();
      // The account is replaced even when saving it fails; the lab carries on in memory.
      if (!reset.ok) console.warn('[lab] the fresh account could not be saved', reset.error);
      for (const path of workspace.list()) workspace.remove(path);
    },
  };
}
