/** The shell's commands by name: an explicit table, no registration by side effect. */
import type { ShellCommand } from '../shellCommand.ts';
import { aws } from './aws.ts';
import { base64 } from './base64.ts';
import { cat } from './cat.ts';
import { clear } from './clear.ts';
import { echo } from './echo.ts';
import { history } from './history.ts';
import { ls } from './ls.ts';

export const COMMANDS: Readonly<Record<string, ShellCommand>> = { aws, base64, cat, clear, echo, history, ls };
