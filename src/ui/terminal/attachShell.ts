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

/**
 * Clears the screen and scrollback in the output stream itself (home, erase display, erase
 * saved lines): xterm's clear() acts at once, before writes still queued, and would keep
 * a line that was meant to go.
 */
const CLEAR_SCREEN = '\x1b[H\x1b[2J\x1b[3J';
const PROMPT_TEXT = '[cloudshell-user@lab ~]$';
const PROMPT = `\x1b[32m${PROMPT_TEXT}\x1b[0m `;
/** The prompt's width on screen: its text and the space after it, without the colour codes. */
const PROMPT_WIDTH = PROMPT_TEXT.length + 1;

/** `fed` delivers lines the shell ran for someone else (the lab's "Show me"), to print as if typed. */
export function attachShell(term: Terminal, shell: Shell, fed?: (print: (line: FedLine) => void) => () => void): () => void {
  let line: LineState = emptyLine(0);
  let running = false;
  // Ctrl+C abandons a running line: its output, when it comes, is not printed.
  let generation = 0;

  // Rows below the prompt's first row where the cursor now sits: a line longer than the
  // terminal wraps, and a redraw has to start from the prompt, not from the cursor's row.
  let cursorRow = 0;
  const toPromptStart = () => {
    if (cursorRow > 0) term.write(`\x1b[${cursorRow}A`);
    term.write('\r\x1b[J');
    cursorRow = 0;
  };
  const redraw = () => {
    const cols = Math.max(term.cols, 1);
    toPromptStart();
    const endAt = PROMPT_WIDTH + line.text.length;
    // At an exact multiple of the width the cursor waits past the last column; " \r" puts it on the next row.
    term.write(`${PROMPT}${line.text}${endAt % cols === 0 ? ' \r' : ''}`);
    const target = PROMPT_WIDTH + line.cursor;
    const up = Math.floor(endAt / cols) - Math.floor(target / cols);
    if (up > 0) term.write(`\x1b[${up}A`);
    term.write(`\r${target % cols > 0 ? `\x1b[${target % cols}C` : ''}`);
    cursorRow = Math.floor(target / cols);
  };
  /** Puts the cursor after the input line, so what is printed next starts below all of it. */
  const leaveLine = () => {
    line = end(line);
    redraw();
    cursorRow = 0;
  };
  const prompt = () => {
    line = emptyLine(shell.history.length);
    cursorRow = 0;
    term.write(PROMPT);
  };

  const runLine = async () => {
    const text = line.text;
    leaveLine();
    term.write('\r\n');
    running = true;
    const mine = ++generation;
    const result = await shell.run(text);
    if (mine !== generation) return;
    running = false;
    if (result.cleared) term.write(CLEAR_SCREEN);
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
    else if (candidates.length > 1) {
      const typed = line;
      leaveLine();
      term.write(`\r\n${candidates.join('  ')}\r\n`);
      line = typed;
    }
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
    '\x0c': () => {
      term.write(CLEAR_SCREEN);
      cursorRow = 0;
    },
  };

  const onData = term.onData((data) => {
    if (data === '\x03') {
      if (!running) leaveLine();
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
    toPromptStart();
    term.write(`${PROMPT}${ran}\r\n`);
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
