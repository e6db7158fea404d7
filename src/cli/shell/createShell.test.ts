import { describe, expect, it } from 'vitest';
import { fromUtf8, utf8 } from '../../shared/bytes.ts';
import { profilesFromAccount } from '../profiles.ts';
import { createMemoryWorkspace } from '../workspace.ts';
import { createShell } from './createShell.ts';
import { parseLine } from './parseLine.ts';

function shell(files: Record<string, string> = {}) {
  const workspace = createMemoryWorkspace(files);
  const noAccount = { requestHandler: { handle: async () => ({}) }, profiles: profilesFromAccount(() => ({ iam: { users: {} } })), workspace, defaultRegion: 'us-east-1' };
  const sh = createShell(noAccount);
  const run = async (line: string) => {
    const result = await sh.run(line);
    return { ...result, stdout: fromUtf8(result.stdout) };
  };
  return { sh, run, workspace };
}

describe('the lab shell', () => {
  it('splits words with POSIX quoting and finds pipes and redirects', () => {
    expect(parseLine(`echo 'a  b' "c \\"d\\"" e\\ f | base64 -d >> out.txt`)).toEqual([
      { words: ['echo', 'a  b', 'c "d"', 'e f'] },
      { words: ['base64', '-d'], redirect: { path: 'out.txt', append: true } },
    ]);
    expect(parseLine(`aws kms list-keys --query 'Keys[0].KeyId'`)).toEqual([{ words: ['aws', 'kms', 'list-keys', '--query', 'Keys[0].KeyId'] }]);
  });

  it('echo > file writes the workspace, >> appends, cat and ls read it back', async () => {
    const { run, workspace } = shell();
    await run('echo hello > msg.txt');
    await run('echo again >> msg.txt');
    expect(fromUtf8(workspace.read('msg.txt')!)).toBe('hello\nagain\n');
    expect((await run('cat msg.txt')).stdout).toBe('hello\nagain\n');
    expect((await run('ls')).stdout).toBe('msg.txt\n');
    expect((await run('echo -n x')).stdout).toBe('x');
  });

  it('pipes base64 both ways, wrapping at 76 columns like GNU base64', async () => {
    const { run } = shell();
    expect((await run('echo hello | base64')).stdout).toBe('aGVsbG8K\n');
    expect((await run('echo aGVsbG8K | base64 --decode')).stdout).toBe('hello\n');
    const long = (await run(`echo ${'x'.repeat(100)} | base64`)).stdout.split('\n');
    expect(long[0]).toHaveLength(76);
    expect(await run('echo @@@ | base64 -d')).toMatchObject({ stderr: 'base64: invalid input\n', exitCode: 1 });
  });

  it('answers unknown commands, missing files and bad syntax as bash does', async () => {
    const { run } = shell();
    expect(await run('vim x')).toMatchObject({ stderr: 'bash: vim: command not found\n', exitCode: 127 });
    expect(await run('cat nope.txt')).toMatchObject({ stderr: 'cat: nope.txt: No such file or directory\n', exitCode: 1 });
    expect(await run('echo x |')).toMatchObject({ stderr: "bash: syntax error near unexpected token `|'\n", exitCode: 2 });
  });

  it('numbers its history as bash does, and clear asks the terminal to clear', async () => {
    const { run } = shell();
    await run('echo one');
    expect((await run('history')).stdout).toBe('    1  echo one\n    2  history\n');
    expect((await run('clear')).cleared).toBe(true);
  });

  it('keeps bytes as bytes through a pipe', async () => {
    const { run, workspace } = shell();
    workspace.write('bin', new Uint8Array([0, 255, 1]));
    await run('cat bin | base64 > bin.b64');
    expect(fromUtf8(workspace.read('bin.b64')!)).toBe('AP8B\n');
    await run('base64 -d bin.b64 > copy');
    expect(workspace.read('copy')).toEqual(new Uint8Array([0, 255, 1]));
    expect(utf8('x')).toEqual(new Uint8Array([120]));
  });
});
