/**
 * A command line → a pipeline, with POSIX shell quoting: '…' is literal, "…" keeps spaces
 * and honours \" \\ \$ \`, a backslash outside quotes escapes the next character. Unquoted
 * `|`, `>` and `>>` are operators. Variables, globs and `;`/`&&` are not part of this shell.
 */
export type Stage = { words: string[]; redirect?: { path: string; append: boolean } };
export type Pipeline = Stage[];

export class ShellSyntaxError extends Error {}

type Token = { kind: 'word'; text: string } | { kind: 'op'; text: '|' | '>' | '>>' };

export function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let word: string | undefined;
  const flush = () => {
    if (word !== undefined) tokens.push({ kind: 'word', text: word });
    word = undefined;
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new ShellSyntaxError("unexpected EOF while looking for matching `''");
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      let text = '';
      for (i++; i < line.length && line[i] !== '"'; i++) {
        if (line[i] === '\\' && '"\\$`'.includes(line[i + 1] ?? '')) i++;
        text += line[i];
      }
      if (i >= line.length) throw new ShellSyntaxError('unexpected EOF while looking for matching `"\'');
      word = (word ?? '') + text;
    } else if (c === '\\') {
      if (i + 1 < line.length) word = (word ?? '') + line[++i];
    } else if (c === ' ' || c === '\t') {
      flush();
    } else if (c === '|' || c === '>') {
      flush();
      const append = c === '>' && line[i + 1] === '>';
      tokens.push({ kind: 'op', text: c === '|' ? '|' : append ? '>>' : '>' });
      if (append) i++;
    } else {
      word = (word ?? '') + c;
    }
  }
  flush();
  return tokens;
}

export function parseLine(line: string): Pipeline {
  const stages: Pipeline = [];
  let stage: Stage = { words: [] };
  const tokens = tokenize(line);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'word') stage.words.push(token.text);
    else if (token.text === '|') {
      if (stage.words.length === 0) throw new ShellSyntaxError("syntax error near unexpected token `|'");
      stages.push(stage);
      stage = { words: [] };
    } else {
      const target = tokens[++i];
      if (target?.kind !== 'word') throw new ShellSyntaxError("syntax error near unexpected token `newline'");
      stage.redirect = { path: target.text, append: token.text === '>>' };
    }
  }
  if (stage.words.length > 0 || stage.redirect) stages.push(stage);
  else if (stages.length > 0) throw new ShellSyntaxError("syntax error near unexpected token `|'");
  return stages;
}
