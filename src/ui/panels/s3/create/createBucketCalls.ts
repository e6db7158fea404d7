/**
 * What "Create bucket" sends, in the console's order: CreateBucket with the Object Ownership,
 * then PutPublicAccessBlock and PutBucketEncryption for the settings on the form. The first
 * failure stops it and is what the learner sees.
 */
import type { CallFailure, InputOf, OperationId, OutputOf } from '../../../../client/engineClient.ts';
import type { Result } from '../../../../shared/result.ts';
import { toEncryptionConfiguration, type EncryptionChoice } from '../../../s3/encryptionChoice.ts';
import type { ObjectOwnership, PublicAccessBlock } from '../../../s3/s3Api.ts';

type Run = <Op extends OperationId>(op: Op, input: InputOf<Op>) => Promise<Result<OutputOf<Op>, CallFailure>>;

export type NewBucket = {
  readonly name: string;
  readonly ownership: ObjectOwnership;
  readonly publicAccessBlock: PublicAccessBlock;
  readonly encryption: EncryptionChoice;
};

export async function createBucketWithSettings(run: Run, b: NewBucket): Promise<Result<void, CallFailure>> {
  const created = await run('s3:CreateBucket', { Bucket: b.name, ObjectOwnership: b.ownership });
  if (!created.ok) return created;
  const block = await run('s3:PutPublicAccessBlock', { Bucket: b.name, PublicAccessBlockConfiguration: b.publicAccessBlock });
  if (!block.ok) return block;
  const encryption = await run('s3:PutBucketEncryption', { Bucket: b.name, ServerSideEncryptionConfiguration: toEncryptionConfiguration(b.encryption) });
  if (!encryption.ok) return encryption;
  return { ok: true, value: undefined };
}
