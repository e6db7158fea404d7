/**
 * S3 errors in AWS's wording, with the extra members S3 puts in its error XML (BucketName,
 * Key, ArgumentName …). The texts are those S3 returns as recorded against AWS (LocalStack's
 * AWS-validated snapshots, moto, issue threads quoting S3) and ../shared/notes/protocols.md §6.
 */
import { AwsError } from '../errors.ts';

export const s3Error = (code: string, message: string, status: number, data?: Record<string, string>) =>
  new AwsError(code, message, status, 's3', data);

export const noSuchBucket = (bucket: string) => s3Error('NoSuchBucket', 'The specified bucket does not exist', 404, { BucketName: bucket });
export const noSuchKey = (key: string) => s3Error('NoSuchKey', 'The specified key does not exist.', 404, { Key: key });
export const invalidBucketName = (bucket: string) => s3Error('InvalidBucketName', 'The specified bucket is not valid.', 400, { BucketName: bucket });
export const bucketAlreadyOwnedByYou = (bucket: string) =>
  s3Error('BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.', 409, { BucketName: bucket });
export const bucketAlreadyExists = (bucket: string) =>
  s3Error('BucketAlreadyExists', 'The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.', 409, { BucketName: bucket });
export const bucketNotEmpty = (bucket: string) => s3Error('BucketNotEmpty', 'The bucket you tried to delete is not empty', 409, { BucketName: bucket });

export const noSuchBucketPolicy = (bucket: string) => s3Error('NoSuchBucketPolicy', 'The bucket policy does not exist', 404, { BucketName: bucket });
export const noSuchPublicAccessBlock = (bucket: string) =>
  s3Error('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found', 404, { BucketName: bucket });
export const ownershipControlsNotFound = (bucket: string) =>
  s3Error('OwnershipControlsNotFoundError', 'The bucket ownership controls were not found', 404, { BucketName: bucket });
export const encryptionConfigurationNotFound = (bucket: string) =>
  s3Error('ServerSideEncryptionConfigurationNotFoundError', 'The server side encryption configuration was not found', 404, { BucketName: bucket });
/** "Policies must be valid JSON and the first byte must be '{'" (LocalStack's AWS-validated snapshot). */
export const malformedPolicy = (message = "Policies must be valid JSON and the first byte must be '{'") => s3Error('MalformedPolicy', message, 400);
export const aclNotSupported = () => s3Error('AccessControlListNotSupported', 'The bucket does not allow ACLs', 400);

export const noSuchUpload = (uploadId: string) =>
  s3Error('NoSuchUpload', 'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.', 404, { UploadId: uploadId });
export const invalidPart = (uploadId: string, partNumber: number, etag: string) =>
  s3Error('InvalidPart', "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.", 400, { UploadId: uploadId, PartNumber: String(partNumber), ETag: etag });
export const invalidPartOrder = (uploadId: string) =>
  s3Error('InvalidPartOrder', 'The list of parts was not in ascending order. The parts list must be specified in order by part number.', 400, { UploadId: uploadId });
export const entityTooSmall = (size: number) =>
  s3Error('EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size', 400, { ProposedSize: String(size), MinSizeAllowed: '5242880' });
export const invalidRange = (range: string, size: number) =>
  s3Error('InvalidRange', 'The requested range is not satisfiable', 416, { RangeRequested: range, ActualObjectSize: String(size) });

export const accessDenied = (message = 'Access Denied') => s3Error('AccessDenied', message, 403);
export const invalidArgument = (message: string, name: string, value: string) =>
  s3Error('InvalidArgument', message, 400, { ArgumentName: name, ArgumentValue: value });

/** §6a: what S3 answers an anonymous or SigV2 request for an SSE-KMS object (aws/aws-cli#1006 and others). */
export const kmsRequiresSigV4 = () =>
  invalidArgument('Requests specifying Server Side Encryption with AWS KMS managed keys require AWS Signature Version 4.', 'Authorization', 'null');

/** S3 features the lab does not model yet: said plainly rather than pretended. */
export const notInThisLab = (what: string) => s3Error('NotImplemented', `${what} is not supported in KMS Lab yet.`, 501);
