/**
 * What every shell command is: a function of its arguments and its streams that resolves
 * to an exit status. One command per file in commands/.
 */
import type { AwsCliEnv } from '../awsCli.ts';
import type { Workspace } from '../workspace.ts';

export type CommandIo = {
  readonly stdin: Uint8Array;
  stdout(chunk: string | Uint8Array): void;
  stderr(text: string): void;
};

export type ShellContext = {
  readonly workspace: Workspace;
  readonly aws: AwsCliEnv;
  readonly history: readonly string[];
  /** Asks the terminal to clear its screen. */
  clearScreen(): void;
};

export type ShellCommand = (args: readonly string[], io: CommandIo, shell: ShellContext) => Promise<number>;
