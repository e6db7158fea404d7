/**
 * Starts `tsx src/endpoint.ts` as a learner's terminal would and waits for its ready line, so
 * conformance tests talk to the real command, not to a test double of it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));

export type RunningEndpoint = {
  readonly url: string;
  readonly child: ChildProcess;
  /** Sends SIGTERM and resolves with the exit code once the process is gone. */
  stop(): Promise<number | null>;
};

export type EndpointExit = { code: number | null; stdout: string; stderr: string };

function collect(child: ChildProcess) {
  const out = { stdout: '', stderr: '' };
  child.stdout?.on('data', (chunk: Buffer) => (out.stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (out.stderr += chunk.toString()));
  return out;
}

export function spawnEndpointProcess(args: readonly string[]): ChildProcess {
  return spawn('node_modules/.bin/tsx', ['src/endpoint.ts', ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Resolves once `ready http://127.0.0.1:N` is printed; rejects with stderr if the process exits first. */
export function startEndpoint(args: readonly string[] = ['--port', '0']): Promise<RunningEndpoint> {
  const child = spawnEndpointProcess(args);
  const out = collect(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', () => {
      const match = /^ready (http:\/\/127\.0\.0\.1:\d+)$/m.exec(out.stdout);
      if (match) resolve({ url: match[1]!, child, stop: () => (child.kill('SIGTERM'), exited) });
    });
    void exited.then((code) => reject(new Error(`endpoint exited (${code}) before it was ready: ${out.stderr}`)));
  });
}

/** Runs the endpoint expecting it to refuse to start; resolves with what it said. */
export function runEndpointToExit(args: readonly string[]): Promise<EndpointExit> {
  const child = spawnEndpointProcess(args);
  const out = collect(child);
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, ...out })));
}
