/**
 * Node composition root for tests and lab replays: one account, the EngineClient over it,
 * a workspace and the shell with the `aws` CLI — the same parts the browser wires in
 * main.tsx, without a page.
 */
import { createInProcessClient, type EngineClient } from './client/engineClient.ts';
import { createShell, type Shell } from './cli/shell/createShell.ts';
import { profilesFromAccount } from './cli/profiles.ts';
import { createMemoryWorkspace, type Workspace } from './cli/workspace.ts';
import { createAccount, randomIds, systemClock, type Account } from './engine/index.ts';

export type HeadlessLab = { account: Account; client: EngineClient; workspace: Workspace; shell: Shell };

export const ADMIN_ARN = 'arn:aws:iam::111122223333:user/Admin';

export async function createHeadlessLab(files: Readonly<Record<string, string | Uint8Array>> = {}): Promise<HeadlessLab> {
  // SigV4 is verified on the account's clock, so it keeps real time, like AWS.
  const account = await createAccount({ clock: systemClock, ids: randomIds(globalThis.crypto), crypto: globalThis.crypto });
  const client = createInProcessClient(account, ADMIN_ARN);
  const workspace = createMemoryWorkspace(files);
  const shell = createShell({
    requestHandler: client.sdkRequestHandler(),
    profiles: profilesFromAccount(() => client.inspect()),
    workspace,
    defaultRegion: account.facts.region,
  });
  return { account, client, workspace, shell };
}
