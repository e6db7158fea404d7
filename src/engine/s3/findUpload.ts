/** An in-progress multipart upload of `key`, or NoSuchUpload. */
import { noSuchUpload } from './s3Errors.ts';
import type { MultipartUpload, S3Bucket } from './state.ts';

export function findUpload(bucket: S3Bucket, key: string, uploadId: string): MultipartUpload {
  const upload = Object.hasOwn(bucket.uploads, uploadId) ? bucket.uploads[uploadId] : undefined;
  if (!upload || upload.key !== key) throw noSuchUpload(uploadId);
  return upload;
}

/** Each part is sealed under S3's own key, bound to its upload and number. */
export const partBinding = (uploadId: string, partNumber: number) => `kms-lab/s3-upload/${uploadId}/${partNumber}`;
