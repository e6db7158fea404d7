/**
 * A read-only look at an SSE-S3 object's bytes for the lab runner's checks (a delivered
 * CloudTrail log file): no request, no authorization, no CloudTrail record, no change event —
 * the runner looks over the learner's shoulder, it is not a caller. SSE-KMS objects are not
 * opened here: their bytes need a KMS Decrypt, and a check must not bypass the key policy.
 */
import type { Account } from '../account.ts';
import { fromBase64, utf8 } from '../../shared/bytes.ts';
import { bindingOf } from './objectCrypto.ts';

export async function peekObject(account: Account, bucketName: string, key: string): Promise<Uint8Array | undefined> {
  const object = account.state.s3.buckets[bucketName]?.objects[key];
  const materialId = account.state.s3.sseS3MaterialId;
  if (!object || object.encryption.algorithm !== 'AES256' || materialId === undefined) return undefined;
  return account.hsm.open(materialId, fromBase64(object.sealed) ?? new Uint8Array(), utf8(bindingOf(bucketName, key)));
}
