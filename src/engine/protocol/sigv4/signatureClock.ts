/**
 * Which clock a signature is judged by. Signers outside the lab (the AWS CLI, boto3, an SDK
 * in the page) sign with the host's real time; a signer that knows the simulated clock signs
 * with simulated time. Once the learner fast-forwards, the two differ by days, and judging
 * every signature by simulated time alone would make every real client fail with
 * "Signature expired". So a signature is current when it is close to either clock.
 */
import { nowOf, type Account } from '../../account.ts';

/** The reading of whichever clock is nearer to the signing time. */
export function clockNearest(account: Account, signedAt: number): number {
  const host = account.platform.clock.now();
  const simulated = nowOf(account);
  return Math.abs(host - signedAt) <= Math.abs(simulated - signedAt) ? host : simulated;
}

/**
 * A presigned URL has expired once either clock has passed its expiry: fast-forwarding the
 * simulated clock past it is how a learner watches a presigned URL expire.
 */
export function hasExpired(account: Account, signedAt: number, expiresInSeconds: number): boolean {
  const expiry = signedAt + expiresInSeconds * 1000;
  return account.platform.clock.now() > expiry || nowOf(account) > expiry;
}
