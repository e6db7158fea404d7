/**
 * The fluent driver for engine tests (after tldraw's TestEditor): a fixed clock, seeded ids,
 * the real HSM on WebCrypto, and calls through the real dispatch.
 *
 *   const t = await testAccount();
 *   const { KeyMetadata } = await t.ok('kms:CreateKey', {});
 *   await t.fails('kms:Encrypt', { KeyId: 'alias/none', Plaintext }, 'NotFoundException');
 */
import { createAccount, type Account } from '../account.ts';
import { dispatch, type CallFailure } from '../dispatch.ts';
import type { InputOf, OperationId, OutputOf } from '../operations.ts';
import type { Clock } from '../platform.ts';
import type { Caller } from '../principal.ts';
import { advanceClock } from '../time.ts';
import { fixedClock, seededIds } from './seededIds.ts';

const DAY = 24 * 60 * 60 * 1000;

export type TestAccount = {
  readonly account: Account;
  as(caller: Caller): TestAccount;
  ok<Op extends OperationId>(op: Op, input: InputOf<Op>): Promise<OutputOf<Op>>;
  fails<Op extends OperationId>(op: Op, input: unknown, code: string, message?: string | RegExp): Promise<CallFailure>;
  advanceDays(days: number): Promise<void>;
};

const ADMIN: Caller = { kind: 'accessKey', accessKeyId: 'AKIAIOSFODNN7EXAMPLE' };

function driver(account: Account, caller: Caller): TestAccount {
  return {
    account,
    as: (next) => driver(account, next),
    async ok(op, input) {
      const outcome = await dispatch(account, { action: op, input, caller });
      if (!outcome.ok) throw new Error(`${op} failed: ${outcome.error.code}: ${outcome.error.message}`);
      return outcome.value as never;
    },
    async fails(op, input, code, message) {
      const outcome = await dispatch(account, { action: op, input, caller });
      if (outcome.ok) throw new Error(`${op} succeeded; expected ${code}`);
      const { error } = outcome;
      if (error.code !== code) throw new Error(`${op} failed with ${error.code} (${error.message}); expected ${code}`);
      if (typeof message === 'string' && error.message !== message) throw new Error(`${op} message was "${error.message}"; expected "${message}"`);
      if (message instanceof RegExp && !message.test(error.message)) throw new Error(`${op} message "${error.message}" does not match ${message}`);
      return error;
    },
    async advanceDays(days) {
      await advanceClock(account, days * DAY);
    },
  };
}

/** `clock`: a test that moves the host clock itself (rather than advanceClock) passes its own. */
export async function testAccount(clock: Clock = fixedClock()): Promise<TestAccount> {
  const account = await createAccount({ clock, ids: seededIds(), crypto: globalThis.crypto });
  return driver(account, ADMIN);
}
