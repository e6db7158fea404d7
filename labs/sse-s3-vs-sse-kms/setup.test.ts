import { expect, it } from 'vitest';
import { createHeadlessLabHost } from '../../src/headlessLabHost.ts';
import { stepsOf } from '../../src/runner/schema.ts';
import { createLabSession } from '../../src/runner/session/createLabSession.ts';
import en from './en.json' with { type: 'json' };
import { sseS3VsSseKms } from './lab.ts';

/** Files a text names (`report.txt`, `writer-kms.json`, …), except the learner's own upload. */
const filesNamed = (text: string) => [...new Set(text.match(/[\w-]+\.(?:json|txt)(?=`| )/g))].filter((f) => f !== 'writer.txt');

it('has every file a step names in the workspace, filled in, when the step begins', async () => {
  const host = await createHeadlessLabHost();
  const session = createLabSession(host, sseS3VsSseKms);
  await session.start();
  const missing: string[] = [];
  for (const step of stepsOf(sseS3VsSseKms)) {
    for (const file of filesNamed(en.steps[step.id as keyof typeof en.steps].body)) {
      const text = host.readFile(file);
      if (text === undefined || text.includes('{{')) missing.push(`${step.id}: ${file}`);
    }
    await session.showMe();
    await session.settled();
  }
  expect(missing).toEqual([]);
  session.dispose();
});
