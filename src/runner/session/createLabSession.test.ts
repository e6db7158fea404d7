import { expect, it } from 'vitest';
import { createHeadlessLabHost } from '../../headlessLabHost.ts';
import { callFailedWith } from '../checks/callFailedWith.ts';
import { fileExists } from '../checks/fileExists.ts';
import { keyExists } from '../checks/keyExists.ts';
import { quizAnswered } from '../checks/quizAnswered.ts';
import { defineLab } from '../schema.ts';
import { createLabSession } from './createLabSession.ts';
import { memoryProgressStore } from './labHost.ts';

const lab = defineLab({
  id: 'session-demo',
  tasks: [
    { id: 't1', steps: [{ id: 'make-key', checks: [keyExists({ alias: 'alias/demo' })], hints: ['h1', 'h2'], solution: [{ cli: 'aws kms create-key' }, { cli: 'aws kms create-alias --alias-name alias/demo --target-key-id {{lastKeyId}}' }] }] },
    { id: 't2', steps: [{ id: 'see-error', setup: [{ writeFile: 'msg.txt', text: 'hi' }], checks: [callFailedWith({ action: 'kms:DescribeKey', code: 'NotFoundException' })], hints: [], solution: [{ cli: 'aws kms describe-key --key-id alias/nothing', expectError: 'NotFoundException' }] }] },
    { id: 't3', steps: [{ id: 'quiz', checks: [quizAnswered()], hints: [], solution: [{ answer: 'q1', options: ['a'] }] }] },
  ],
  quiz: [{ id: 'q1', type: 'single', options: [{ id: 'a', correct: true }, { id: 'b', correct: false }] }],
});

it('shows the first step active with what is missing, and the later ones locked', async () => {
  const session = createLabSession(await createHeadlessLabHost(), lab);
  const status = await session.start();
  expect(status.steps.map((s) => s.state)).toEqual(['active', 'locked', 'locked']);
  expect(status.steps[0]!.checks).toEqual([{ passed: false, detailKey: 'keyExists.noAlias', params: { alias: 'alias/demo', wanted: 'alias/demo' } }]);
});

it('completes a step when the learner does it in the terminal, and runs the next step’s setup', async () => {
  const host = await createHeadlessLabHost();
  const session = createLabSession(host, lab);
  await session.start();
  const created = JSON.parse((await host.runLine('aws kms create-key')).stdout);
  await host.runLine(`aws kms create-alias --alias-name alias/demo --target-key-id ${created.KeyMetadata.KeyId}`);
  const status = await session.settled();
  expect(status.steps.map((s) => s.state)).toEqual(['done', 'active', 'locked']);
  expect(host.readFile('msg.txt')).toBe('hi');
});

it('remembers an error the learner saw, from any door into the account', async () => {
  const host = await createHeadlessLabHost();
  const session = createLabSession(host, lab);
  await session.jumpToTask(1);
  await host.client.call('kms:DescribeKey', { KeyId: 'alias/missing' });
  expect((await session.settled()).steps.map((s) => s.state)).toEqual(['done', 'done', 'active']);
});

it('gives hints one at a time, in ladder order, and no more than there are', async () => {
  const session = createLabSession(await createHeadlessLabHost(), lab);
  await session.start();
  expect([session.nextHint('make-key'), session.nextHint('make-key'), session.nextHint('make-key')]).toEqual(['h1', 'h2', undefined]);
  expect(session.status().steps[0]!.hints).toEqual(['h1', 'h2']);
});

it('answers a quiz question with feedback on every option', async () => {
  const session = createLabSession(await createHeadlessLabHost(), lab);
  expect(session.answer('q1', ['b'])).toEqual({ questionId: 'q1', correct: false, options: [{ id: 'a', correct: true, chosen: false }, { id: 'b', correct: false, chosen: true }] });
});

it('saves progress after every change and picks it up again in a new session', async () => {
  const store = memoryProgressStore();
  const host = await createHeadlessLabHost();
  const first = createLabSession(host, lab, { store });
  await first.start();
  await first.showMe();
  first.dispose();
  const second = createLabSession(host, lab, { store });
  expect(second.status().steps.map((s) => [s.state, s.solutionShown])).toEqual([['done', true], ['active', false], ['locked', false]]);
});

it('exports progress as JSON and refuses a damaged import with the path of the problem', async () => {
  const session = createLabSession(await createHeadlessLabHost(), lab);
  await session.start();
  const exported = JSON.parse(session.exportProgress());
  expect(exported).toMatchObject({ version: 1, labId: 'session-demo', done: [] });
  await expect(session.importProgress(JSON.stringify({ ...exported, done: 'all' }))).rejects.toThrow('At done: Expected an array, got a string');
});

it('reset starts over on a fresh account', async () => {
  const host = await createHeadlessLabHost();
  const session = createLabSession(host, lab);
  await session.start();
  await session.showMe();
  const status = await session.reset();
  expect(status.steps.map((s) => s.state)).toEqual(['active', 'locked', 'locked']);
  expect(Object.keys(host.client.inspect().kms.keys)).toEqual([]);
});

it('completes a step waiting for a file when asked to check again after the file is written', async () => {
  const fileLab = defineLab({ id: 'file-demo', tasks: [{ id: 't', steps: [{ id: 'write', checks: [fileExists({ path: 'out.txt' })], hints: [], solution: [{ writeFile: 'out.txt', text: 'x' }] }] }], quiz: [] });
  const host = await createHeadlessLabHost();
  const session = createLabSession(host, fileLab);
  await session.start();
  host.writeFile('out.txt', 'x');
  expect((await session.settled()).steps[0]!.state).toBe('active');
  expect((await session.recheck()).steps[0]!.state).toBe('done');
});

it('reports the quiz answers given so far in its status', async () => {
  const session = createLabSession(await createHeadlessLabHost(), lab, { store: memoryProgressStore() });
  await session.start();
  session.answer('q1', ['b']);
  expect((await session.settled()).quizAnswers).toEqual({ q1: ['b'] });
});
