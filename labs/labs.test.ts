import { describe, expect, it } from 'vitest';
import { createHeadlessLabHost } from '../src/headlessLabHost.ts';
import { formatCheckResult } from '../src/runner/messages.ts';
import { createLabSession } from '../src/runner/session/createLabSession.ts';
import { stepsOf } from '../src/runner/schema.ts';
import { validateLab } from '../src/runner/validate/validateLab.ts';
import { LABS, loadAllLabs } from './index.ts';
import { requiredTextKeys, textKeysOf } from './labText.ts';

const ENTRIES = await loadAllLabs();

it('lists every lab under the id its lab file gives it', () => {
  expect(ENTRIES.map((entry) => entry.lab.id)).toEqual(LABS.map((listing) => listing.id));
});

describe.each(ENTRIES.map((entry) => [entry.lab.id, entry] as const))('lab %s', (_id, { lab, text }) => {
  it('is a valid lab file', () => {
    expect(validateLab(JSON.parse(JSON.stringify(lab)))).toEqual(lab);
  });

  it('has every step, hint and question text in English and Japanese, and no text without an id', () => {
    const required = requiredTextKeys(lab).sort();
    expect(textKeysOf(text.en).sort()).toEqual(required);
    expect(textKeysOf(text.ja).sort()).toEqual(required);
  });

  it("fails every step's checks when the step begins and passes them after its solution is replayed through the CLI", async () => {
    const host = await createHeadlessLabHost();
    const session = createLabSession(host, lab);
    let status = await session.start();
    for (const step of stepsOf(lab)) {
      const active = status.steps.find((s) => s.state === 'active');
      expect(active?.stepId, 'the step that should be active').toBe(step.id);
      const passing = active!.checks.filter((c) => c.passed).map((c) => formatCheckResult(c, 'en'));
      expect(passing, `checks of ${step.id} that pass before its solution`).toEqual([]);
      const outcomes = await session.showMe();
      expect(outcomes.filter((o) => !o.ok), `solution lines of ${step.id} that did not do what the lab expects`).toEqual([]);
      status = await session.settled();
      const after = status.steps.find((s) => s.stepId === step.id)!;
      expect(after.state, `${step.id} after its solution: ${status.steps.find((s) => s.state === 'active')?.checks.map((c) => formatCheckResult(c, 'en')).join(' / ')}`).toBe('done');
    }
    expect(status.complete).toBe(true);
    session.dispose();
  });

  it('jumps to the last task on a fresh account with the earlier tasks done by their solutions', async () => {
    const host = await createHeadlessLabHost();
    const session = createLabSession(host, lab);
    const last = lab.tasks.length - 1;
    const status = await session.jumpToTask(last);
    const before = lab.tasks.slice(0, last).flatMap((task) => task.steps.map((step) => step.id));
    expect(status.steps.filter((s) => s.state === 'done').map((s) => s.stepId)).toEqual(before);
    expect(status.steps.find((s) => s.state === 'active')?.stepId).toBe(lab.tasks[last]!.steps[0]!.id);
    session.dispose();
  });
});
