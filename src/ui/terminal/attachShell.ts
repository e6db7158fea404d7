/**
 * Connects an xterm.js terminal to the lab shell: draws the prompt and the input line,
 * handles the keys (Enter, Backspace, arrows, Home/End, Tab completion, Ctrl+C, Ctrl+L) and
 * prints what each line wrote. Returns a function that detaches it.
 */
import type { Terminal } from '@xterm/xterm';
import { commonPrefix, complete } from '../../cli/complete.ts';
import type { Shell } from '../../cli/shell/createShell.ts';
import type { FedLine } from './terminalFeed.ts';
import { backspace, emptyLine, end, home, insert, moveCursor, walkHistory, type LineState } from './lineEditor.ts';

const PROMPT = '\x1b[32m[cloudshell-user@lab ~]$\x1b[0m ';

/** `fed` delivers lines the shell ran for someone else (the lab's "Show me"), to print as if typed. */
export function attachShell(term: Terminal, shell: Shell, fed?: (print: (line: FedLine) => void) => () => void): () => void {
  let line: LineState = emptyLine(0);
  let running = false;
  // Ctrl+C abandons a running line: its output, when it comes, is not printed.
  let generation = 0;

  const redraw = () => {
    term.write(`\r\x1b[K${PROMPT}${line.text}`);
    const back = line.text.length - line.cursor;
    if (back > 0) term.write(`\x1b[${back}D`);
  };
  const prompt = () => {
    line = emptyLine(shell.history.length);
    term.write(PROMPT);
  };

  const runLine = async () => {
    const text = line.text;
    term.write('\r\n');
    running = true;
    const mine = ++generation;
    const result = await shell.run(text);
    if (mine !== generation) return;
    running = false;
    if (result.cleared) term.clear();
    term.write(result.stdout);
    term.write(result.stderr);
    // Like bash, the prompt starts on its own line even after output without a newline.
    if (result.stdout.length > 0 && result.stdout[result.stdout.length - 1] !== 10 && result.stderr === '') term.write('\r\n');
    prompt();
  };

  const tab = async () => {
    const { word, candidates } = await complete(line.text.slice(0, line.cursor));
    const prefix = commonPrefix(candidates);
    if (candidates.length === 1) line = insert(line, `${candidates[0]!.slice(word.length)} `);
    else if (prefix.length > word.length) line = insert(line, prefix.slice(word.length));
    else if (candidates.length > 1) term.write(`\r\n${candidates.join('  ')}\r\n`);
    redraw();
  };

  const keys: Record<string, () => void> = {
    '\r': () => void runLine(),
    '\x7f': () => (line = backspace(line)),
    '\x1b[A': () => (line = walkHistory(line, shell.history, -1)),
    '\x1b[B': () => (line = walkHistory(line, shell.history, 1)),
    '\x1b[C': () => (line = moveCursor(line, 1)),
    '\x1b[D': () => (line = moveCursor(line, -1)),
    '\x1b[H': () => (line = home(line)),
    '\x1b[F': () => (line = end(line)),
    '\x01': () => (line = home(line)),
    '\x05': () => (line = end(line)),
    '\t': () => void tab(),
    '\x0c': () => term.clear(),
  };

  const onData = term.onData((data) => {
    if (data === '\x03') {
      term.write('^C\r\n');
      generation++;
      running = false;
      prompt();
      return;
    }
    if (running) return;
    const key = keys[data];
    if (key) {
      key();
      if (data !== '\r' && data !== '\t') redraw();
      return;
    }
    // Typed or pasted text: control characters other than newlines are dropped.
    const printable = [...data.replace(/\r\n?|\n/g, ' ')].filter((c) => c >= ' ' && c !== '\x7f').join('');
    if (printable) {
      line = insert(line, printable);
      redraw();
    }
  });

  // A fed line replaces the half-typed one on screen; the learner's text comes back after it.
  const stopFeed = fed?.(({ line: ran, stdout, stderr }) => {
    term.write(`\r\x1b[K${PROMPT}${ran}\r\n`);
    term.write(stdout);
    term.write(stderr);
    if (stdout.length > 0 && stdout[stdout.length - 1] !== 10 && stderr === '') term.write('\r\n');
    line = { ...line, historyIndex: shell.history.length };
    if (!running) redraw();
  });

  term.writeln('KMS Lab terminal: the aws CLI v2 against your simulated account. Try: aws kms list-keys');
  prompt();
  return () => {
    stopFeed?.();
    onData.dispose();
  };
}
