/** s3:HeadObject — GetObject's headers without the body; S3 does not decrypt for it. */
import type { OperationContext } from '../operation.ts';
import { describeObject, readableObject, type ReadObjectInput } from './readObject.ts';

export async function headObject(ctx: OperationContext, input: ReadObjectInput) {
  const { object } = readableObject(ctx, input);
  return describeObject(object, input);
}
