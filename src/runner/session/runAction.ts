/**
 * Performs one setup or solution action through the host, placeholders filled from the
 * account as it is now. The outcome says what ran (the line with its values, for "Show me")
 * and whether it did what the lab expected.
 */
import type { OperationId } from '../../client/engineClient.ts';
import type { LabAction } from '../schema.ts';
import { fillPlaceholders } from '../solution/placeholders.ts';
import { openObject } from './openObject.ts';
import type { LabHost } from './labHost.ts';

export type ActionOutcome = { readonly shown: string; readonly ok: boolean; readonly output: string };

const DAY_MS = 24 * 60 * 60 * 1000;

function fillDeep(value: unknown, fill: (text: string) => string): unknown {
  if (typeof value === 'string') return fill(value);
  if (Array.isArray(value)) return value.map((v) => fillDeep(v, fill));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillDeep(v, fill)]));
  return value;
}

export async function runAction(host: LabHost, action: LabAction, answer: (question: string, options: readonly string[]) => void): Promise<ActionOutcome> {
  const state = host.client.inspect();
  const unfilled: string[] = [];
  const fill = (text: string) => fillPlaceholders(text, state) ?? (unfilled.push(text), text);
  if ('cli' in action) {
    const line = fill(action.cli);
    if (unfilled.length > 0) return { shown: line, ok: false, output: `cannot fill the placeholders in: ${line}` };
    const result = await host.runLine(line);
    const ok = action.expectError === undefined ? result.exitCode === 0 : result.exitCode !== 0 && result.stderr.includes(`(${action.expectError})`);
    return { shown: `$ ${line}`, ok, output: result.stdout + result.stderr };
  }
  if ('writeFile' in action) {
    const text = fill(action.text);
    host.writeFile(action.writeFile, text);
    return { shown: action.writeFile, ok: unfilled.length === 0, output: text };
  }
  if ('call' in action) {
    const input = fillDeep(action.input, fill);
    const as = action.as === undefined ? undefined : fill(action.as);
    const result = await host.client.call(action.call as OperationId, input as never, as === undefined ? {} : { as });
    const ok = action.expectError === undefined ? result.ok : !result.ok && result.error.code === action.expectError;
    return { shown: `${action.call} ${JSON.stringify(input)}`, ok: ok && unfilled.length === 0, output: JSON.stringify(result.ok ? result.value : result.error) };
  }
  if ('openObject' in action) {
    const [bucket, key, as] = [fill(action.openObject), fill(action.key), fill(action.as ?? '{{learnerRoleArn}}')];
    const opened = await openObject(host.client, bucket, key, action.via, as);
    return { shown: `${action.via} s3://${bucket}/${key} → ${opened.status}`, ok: unfilled.length === 0 && opened.status === action.expectStatus, output: opened.body };
  }
  if ('advanceClockDays' in action) {
    const result = await host.client.advanceClock(action.advanceClockDays * DAY_MS);
    return { shown: `+${action.advanceClockDays}d`, ok: result.ok, output: result.ok ? new Date(result.value).toISOString() : result.error.message };
  }
  answer(action.answer, action.options);
  return { shown: `${action.answer}: ${action.options.join(', ')}`, ok: true, output: '' };
}
