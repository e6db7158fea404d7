/**
 * The wire check of temporary credentials: a request signed with an ASIA… key must carry that
 * session's token (x-amz-security-token header, or X-Amz-Security-Token in a presigned URL);
 * a wrong or missing token is the unknown-key answer, an expired session ExpiredToken.
 */
import { nowOf, type Account } from '../account.ts';
import type { AwsError } from '../errors.ts';
import { expiredToken, unrecognizedClient, type FoundAccessKey } from './authenticate.ts';

export function sessionTokenProblem(account: Account, found: FoundAccessKey, headers: Readonly<Record<string, string>>, rawQuery: string, service: string): AwsError | undefined {
  const { session } = found;
  if (!session) return undefined;
  const token = headers['x-amz-security-token'] ?? new URLSearchParams(rawQuery).get('X-Amz-Security-Token');
  if (token !== session.sessionToken) return unrecognizedClient(service);
  if (nowOf(account) >= session.expiration) return expiredToken(service);
  return undefined;
}
