/**
 * The terminal's input line as a value: typing, deleting, moving the cursor and walking the
 * history. Pure, so the key handling is tested without a terminal; TerminalPanel draws it.
 */
export type LineState = { readonly text: string; readonly cursor: number; readonly historyIndex: number; readonly draft: string };

export const emptyLine = (historyLength: number): LineState => ({ text: '', cursor: 0, historyIndex: historyLength, draft: '' });

export function insert(state: LineState, chars: string): LineState {
  return { ...state, text: state.text.slice(0, state.cursor) + chars + state.text.slice(state.cursor), cursor: state.cursor + chars.length };
}

export function backspace(state: LineState): LineState {
  if (state.cursor === 0) return state;
  return { ...state, text: state.text.slice(0, state.cursor - 1) + state.text.slice(state.cursor), cursor: state.cursor - 1 };
}

export const moveCursor = (state: LineState, by: number): LineState =>
  ({ ...state, cursor: Math.min(Math.max(state.cursor + by, 0), state.text.length) });

export const home = (state: LineState): LineState => ({ ...state, cursor: 0 });
export const end = (state: LineState): LineState => ({ ...state, cursor: state.text.length });

/** Up (-1) and down (+1) through the history; below the newest entry is the line being typed. */
export function walkHistory(state: LineState, history: readonly string[], by: -1 | 1): LineState {
  const index = Math.min(Math.max(state.historyIndex + by, 0), history.length);
  if (index === state.historyIndex) return state;
  const draft = state.historyIndex === history.length ? state.text : state.draft;
  const text = index === history.length ? draft : history[index]!;
  return { text, cursor: text.length, historyIndex: index, draft };
}
