/**
 * The lab's small shell: runs one line (a pipeline with redirects) and returns what the
 * terminal should show. Each stage's standard output is the next one's standard input;
 * `> file` and `>> file` send a stage's output into the workspace instead.
 */
import { concatBytes, utf8 } from '../../shared/bytes.ts';
import type { AwsCliEnv } from '../awsCli.ts';
import { COMMANDS } from './commands/index.ts';
import { parseLine, ShellSyntaxError, type Stage } from './parseLine.ts';
import type { ShellContext } from './shellCommand.ts';

export type LineResult = {
  /** Bytes for the screen: the last stage's output, unless it was redirected. */
  readonly stdout: Uint8Array;
  readonly stderr: string;
  readonly exitCode: number;
  /** `clear` was run: the terminal empties its screen before printing. */
  readonly cleared: boolean;
};

export interface Shell {
  run(line: string): Promise<LineResult>;
  readonly history: readonly string[];
}

async function runStage(stage: Stage, stdin: Uint8Array, context: ShellContext, stderr: string[]) {
  const chunks: Uint8Array[] = [];
  const io = {
    stdin,
    stdout: (chunk: string | Uint8Array) => void chunks.push(typeof chunk === 'string' ? utf8(chunk) : chunk),
    stderr: (text: string) => void stderr.push(text),
  };
  const [name, ...args] = stage.words;
  const command = name === undefined ? undefined : COMMANDS[name];
  let exitCode = 0;
  if (name !== undefined && !command) {
    stderr.push(`bash: ${name}: command not found\n`);
    exitCode = 127;
  } else if (command) exitCode = await command(args, io, context);
  const output = concatBytes(...chunks);
  if (!stage.redirect) return { output, exitCode };
  if (stage.redirect.append) context.workspace.append(stage.redirect.path, output);
  else context.workspace.write(stage.redirect.path, output);
  return { output: new Uint8Array(), exitCode };
}

export function createShell(aws: AwsCliEnv): Shell {
  const history: string[] = [];
  return {
    history,
    async run(line) {
      if (line.trim() !== '') history.push(line);
      let cleared = false;
      const context: ShellContext = { workspace: aws.workspace, aws, history, clearScreen: () => void (cleared = true) };
      const stderr: string[] = [];
      let stdout: Uint8Array = new Uint8Array();
      let exitCode = 0;
      try {
        for (const stage of parseLine(line)) ({ output: stdout, exitCode } = await runStage(stage, stdout, context, stderr));
      } catch (error) {
        if (!(error instanceof ShellSyntaxError)) throw error;
        stderr.push(`bash: ${error.message}\n`);
        exitCode = 2;
      }
      return { stdout, stderr: stderr.join(''), exitCode, cleared };
    },
  };
}
