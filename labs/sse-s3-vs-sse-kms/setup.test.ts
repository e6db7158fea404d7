import { expect, it } from 'vitest';
import { createHeadlessLabHost } from '../../src/headlessLabHost.ts';
import { createLabSession } from '../../src/runner/session/createLabSession.ts';
import en from './en.json' with { type: 'json' };
import { sseS3VsSseKms } from './lab.ts';

it('puts in the workspace, when the lab starts, every file its steps say the lab wrote for the learner', async () => {
  const host = await createHeadlessLabHost();
  const session = createLabSession(host, sseS3VsSseKms);
  await session.start();
  const named = new Set(JSON.stringify(en).match(/[\w-]+\.(?:json|txt)(?=`| )/g));
  expect([...named].sort()).toEqual(['kms-default-encryption.json', 'public-read-sse-kms.json', 'public-read-sse-s3.json', 'report.txt', 'writer-kms.json', 'writer-trust.json', 'writer.txt'].sort());
  named.delete('writer.txt'); // the learner's own upload, made in the console
  expect([...named].filter((file) => host.readFile(file) === undefined)).toEqual([]);
  session.dispose();
});
