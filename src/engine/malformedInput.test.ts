/**
 * Whatever arrives, every operation in the table answers with an AWS error code (or succeeds):
 * never a thrown exception, never the internal error that stands for a JavaScript bug.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dispatch } from './dispatch.ts';
import { loadAllModels, type ServiceName } from './models/index.ts';
import { operations, splitAction } from './operations.ts';
import { testAccount } from './testing/testAccount.ts';
import { putTestKey } from './kms/testKeys.ts';

const models = await loadAllModels();

const ADMIN = { kind: 'accessKey', accessKeyId: 'AKIAIOSFODNN7EXAMPLE' } as const;
const INTERNAL = ['KMSInternalException', 'InternalFailure'];

function memberNames(action: string): string[] {
  const { service, name } = splitAction(action);
  const model = models[service as ServiceName];
  const shape = model?.operations[name]?.input?.shape;
  return Object.keys((shape && model?.shapes[shape]?.members) ?? {});
}

/** Values of every JSON type and then some: huge numbers, bytes, nested objects, near-valid ids. */
const oddValue = (keyId: string) =>
  fc.oneof(
    fc.anything({ maxDepth: 2 }),
    fc.constantFrom(keyId, `alias/${keyId}`, 'arn:aws:kms:us-east-1:111122223333:key/x', '', ' ', 'alias/aws/s3'),
    fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308, NaN, Infinity, 2 ** 31),
    fc.uint8Array({ maxLength: 64 }),
    fc.constantFrom('x'.repeat(6145), 'é'.repeat(2049)),
  );

const inputFor = (names: string[], keyId: string) =>
  fc.oneof(
    fc.anything({ maxDepth: 1 }),
    fc.record(Object.fromEntries(names.map((n) => [n, oddValue(keyId)])), { requiredKeys: [] }),
    fc.dictionary(fc.oneof(fc.constantFrom(...names, '__proto__', 'constructor'), fc.string()), oddValue(keyId), { maxKeys: 4 }),
  );

describe('malformed input to every operation', () => {
  it.each(Object.keys(operations))('%s answers malformed input with an AWS error, never a JavaScript one', async (action) => {
    const t = await testAccount();
    const key = await putTestKey(t);
    const names = memberNames(action);
    await fc.assert(
      fc.asyncProperty(inputFor(names.length > 0 ? names : ['KeyId'], key.keyId), async (input) => {
        const outcome = await dispatch(t.account, { action, input, caller: ADMIN });
        if (!outcome.ok) {
          expect(outcome.error.code).toMatch(/^[A-Za-z.]+$/);
          expect(INTERNAL).not.toContain(outcome.error.code);
        }
      }),
      { numRuns: 12 },
    );
  });
});
