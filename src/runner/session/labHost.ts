/**
 * What a lab session needs from the place it runs: the client, the terminal, the workspace
 * and a way to start over with a fresh account. The browser wires the console's shell and
 * workspace; tests wire src/headless.ts. The runner never imports the CLI itself.
 */
import type { EngineClient } from '../../client/engineClient.ts';

export type LineOutcome = { readonly exitCode: number; readonly stdout: string; readonly stderr: string };

export interface LabHost {
  readonly client: EngineClient;
  /** Runs one terminal line (a pipeline of `aws …`, `base64`, `cat`, redirects). */
  runLine(line: string): Promise<LineOutcome>;
  readFile(path: string): string | undefined;
  writeFile(path: string, text: string): void;
  /** Replaces the account and the workspace with fresh ones (reset, "Jump to task"). */
  resetAccount(): Promise<void>;
}

/** Where progress is kept between visits (the UI backs it with localStorage or IndexedDB). */
export interface ProgressStore {
  load(labId: string): string | undefined;
  save(labId: string, json: string): void;
}

export const memoryProgressStore = (): ProgressStore => {
  const saved = new Map<string, string>();
  return { load: (labId) => saved.get(labId), save: (labId, json) => void saved.set(labId, json) };
};
