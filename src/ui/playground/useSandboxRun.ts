/** One run at a time in the sandbox: its output lines, whether it is running, how it ended. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_PROFILE, profilesFromAccount, type PrincipalsView } from '../../cli/profiles.ts';
import type { SdkRequestHandler } from '../../client/sdkRequestHandler.ts';
import { runInSandbox, type RunOutcome, type SandboxRun } from './runInSandbox.ts';
import type { LogLevel } from './sandboxProtocol.ts';

/** The narrow part of the EngineClient the playground needs. */
export type PlaygroundClient = {
  sdkRequestHandler(): SdkRequestHandler;
  inspect(): PrincipalsView;
};

export type OutputLine = { readonly level: LogLevel; readonly text: string };

export function useSandboxRun(client: PlaygroundClient, region: string, timeLimitMs: number) {
  const [lines, setLines] = useState<readonly OutputLine[]>([]);
  const [outcome, setOutcome] = useState<RunOutcome>();
  const [running, setRunning] = useState(false);
  const current = useRef<SandboxRun>(undefined);

  const start = useCallback((code: string) => {
    current.current?.stop();
    setLines([]);
    setOutcome(undefined);
    setRunning(true);
    // The code runs as the Admin user, as the terminal's default profile does.
    const credentials = profilesFromAccount(() => client.inspect()).credentials(DEFAULT_PROFILE) ?? { accessKeyId: '', secretAccessKey: '' };
    const run = runInSandbox({
      code, region, credentials, timeLimitMs,
      handler: client.sdkRequestHandler(),
      onLog: (level, text) => setLines((all) => [...all, { level, text }]),
    });
    current.current = run;
    void run.outcome.then((result) => {
      if (current.current !== run) return;
      setOutcome(result);
      setRunning(false);
    });
  }, [client, region, timeLimitMs]);

  const stop = useCallback(() => current.current?.stop(), []);
  useEffect(() => () => current.current?.stop(), []);
  return { lines, outcome, running, start, stop };
}
