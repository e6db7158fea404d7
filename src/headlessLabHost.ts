/**
 * Node composition root for labs: a LabHost (src/runner/session/labHost.ts) over a replaceable
 * account, the lab shell with the `aws` CLI and an in-memory workspace — what labs.test.ts
 * replays solutions through, and what a Node tool can drive a lab with. Reset makes a fresh
 * account, workspace and shell; the client (and whoever subscribed to it) stays the same.
 */
import { createAccountHost } from './client/accountHost.ts';
import { createShell, type Shell } from './cli/shell/createShell.ts';
import { profilesFromAccount } from './cli/profiles.ts';
import { createMemoryWorkspace, readText, type Workspace } from './cli/workspace.ts';
import { createAccount, randomIds, systemClock } from './engine/index.ts';
import { ADMIN_ARN } from './headless.ts';
import type { LabHost } from './runner/session/labHost.ts';
import { fromUtf8, utf8 } from './shared/bytes.ts';

export type HeadlessLabHost = LabHost & { readonly shell: () => Shell; readonly workspace: () => Workspace };

// SigV4 is verified on the account's clock, so it keeps real time, like AWS.
const newAccount = () => createAccount({ clock: systemClock, ids: randomIds(globalThis.crypto), crypto: globalThis.crypto });

export async function createHeadlessLabHost(): Promise<HeadlessLabHost> {
  const accounts = createAccountHost(await newAccount(), ADMIN_ARN);
  const { client } = accounts;
  const freshShell = (workspace: Workspace) => createShell({
    requestHandler: client.sdkRequestHandler(),
    profiles: profilesFromAccount(() => client.inspect()),
    workspace,
    defaultRegion: accounts.current().facts.region,
  });
  let workspace = createMemoryWorkspace();
  let shell = freshShell(workspace);
  return {
    client,
    shell: () => shell,
    workspace: () => workspace,
    async runLine(line) {
      const result = await shell.run(line);
      return { exitCode: result.exitCode, stdout: fromUtf8(result.stdout), stderr: result.stderr };
    },
    readFile: (path) => readText(workspace, path),
    writeFile: (path, text) => workspace.write(path, utf8(text)),
    async resetAccount() {
      accounts.replace(await newAccount());
      workspace = createMemoryWorkspace();
      shell = freshShell(workspace);
    },
  };
}
