import { describe, expect, it } from 'vitest';
import { backspace, emptyLine, end, home, insert, moveCursor, walkHistory } from './lineEditor.ts';

describe('the terminal input line', () => {
  it('inserts at the cursor and deletes before it', () => {
    let line = insert(emptyLine(0), 'aws km');
    line = insert(moveCursor(line, -2), 'X');
    expect(line).toMatchObject({ text: 'aws Xkm', cursor: 5 });
    expect(backspace(line)).toMatchObject({ text: 'aws km', cursor: 4 });
    expect(backspace(home(line))).toMatchObject({ text: 'aws Xkm', cursor: 0 });
    expect(end(home(line)).cursor).toBe(7);
    expect(moveCursor(line, 99).cursor).toBe(7);
  });

  it('walks the history up and back down to the line being typed', () => {
    const history = ['echo one', 'echo two'];
    let line = insert(emptyLine(history.length), 'draft');
    line = walkHistory(line, history, -1);
    expect(line.text).toBe('echo two');
    line = walkHistory(walkHistory(line, history, -1), history, -1);
    expect(line.text).toBe('echo one');
    line = walkHistory(walkHistory(line, history, 1), history, 1);
    expect(line).toMatchObject({ text: 'draft', cursor: 5 });
  });
});
