import { describe, expect, it } from 'vitest';
import { testAccount } from '../../testing/testAccount.ts';
import { handleHttp } from '../handleHttp.ts';
import { signedKmsRequest } from '../testing/signedRequest.ts';
import { clockNearest, hasExpired } from './signatureClock.ts';

const DAY = 86_400_000;
const signedListKeys = (signingDate: Date) => signedKmsRequest({ target: 'TrentService.ListKeys', signingDate });

describe('the clock a signature is judged by', () => {
  it('accepts a real client signing with host time after the learner fast-forwarded a week', async () => {
    const t = await testAccount();
    await t.advanceDays(7);
    const hostNow = new Date(t.account.platform.clock.now());
    const response = await handleHttp(t.account, await signedListKeys(hostNow));
    expect(response.status).toBe(200);
  });

  it('accepts a signer that signs with the simulated time', async () => {
    const t = await testAccount();
    await t.advanceDays(7);
    const simulatedNow = new Date(t.account.platform.clock.now() + 7 * DAY);
    expect((await handleHttp(t.account, await signedListKeys(simulatedNow))).status).toBe(200);
  });

  it('still refuses a signature far from both clocks', async () => {
    const t = await testAccount();
    await t.advanceDays(7);
    const response = await handleHttp(t.account, await signedListKeys(new Date(t.account.platform.clock.now() - 3 * DAY)));
    expect(response.status).toBe(400);
    expect(new TextDecoder().decode(response.body)).toContain('Signature expired');
  });

  it('picks the nearer clock and expires a presigned URL when either clock passes its expiry', async () => {
    const t = await testAccount();
    const signedAt = t.account.platform.clock.now();
    await t.advanceDays(1);
    expect(clockNearest(t.account, signedAt)).toBe(signedAt);
    expect(hasExpired(t.account, signedAt, 3600)).toBe(true);
    expect(hasExpired(t.account, signedAt, 2 * 86_400)).toBe(false);
  });
});
