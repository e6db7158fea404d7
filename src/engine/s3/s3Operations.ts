/** The S3 operations, keyed by IAM action (spread into ../operations.ts). */
import { abortMultipartUpload } from './abortMultipartUpload.ts';
import { completeMultipartUpload } from './completeMultipartUpload.ts';
import { copyObject } from './copyObject.ts';
import { createBucket } from './createBucket.ts';
import { createMultipartUpload } from './createMultipartUpload.ts';
import { deleteBucket } from './deleteBucket.ts';
import { deleteBucketEncryption } from './deleteBucketEncryption.ts';
import { deleteBucketOwnershipControls } from './deleteBucketOwnershipControls.ts';
import { deleteBucketPolicy } from './deleteBucketPolicy.ts';
import { deleteBucketTagging } from './deleteBucketTagging.ts';
import { deleteObject } from './deleteObject.ts';
import { deleteObjects } from './deleteObjects.ts';
import { deleteObjectTagging } from './deleteObjectTagging.ts';
import { deletePublicAccessBlock } from './deletePublicAccessBlock.ts';
import { getBucketAcl } from './getBucketAcl.ts';
import { getBucketEncryption } from './getBucketEncryption.ts';
import { getBucketLocation } from './getBucketLocation.ts';
import { getBucketOwnershipControls } from './getBucketOwnershipControls.ts';
import { getBucketPolicy } from './getBucketPolicy.ts';
import { getBucketTagging } from './getBucketTagging.ts';
import { getObject } from './getObject.ts';
import { getObjectAcl } from './getObjectAcl.ts';
import { getObjectTagging } from './getObjectTagging.ts';
import { getPublicAccessBlock } from './getPublicAccessBlock.ts';
import { headBucket } from './headBucket.ts';
import { headObject } from './headObject.ts';
import { listBuckets } from './listBuckets.ts';
import { listMultipartUploads } from './listMultipartUploads.ts';
import { listObjects } from './listObjects.ts';
import { listObjectsV2 } from './listObjectsV2.ts';
import { listParts } from './listParts.ts';
import { putBucketAcl } from './putBucketAcl.ts';
import { putBucketEncryption } from './putBucketEncryption.ts';
import { putBucketOwnershipControls } from './putBucketOwnershipControls.ts';
import { putBucketPolicy } from './putBucketPolicy.ts';
import { putBucketTagging } from './putBucketTagging.ts';
import { putObject } from './putObject.ts';
import { putObjectAcl } from './putObjectAcl.ts';
import { putObjectTagging } from './putObjectTagging.ts';
import { putPublicAccessBlock } from './putPublicAccessBlock.ts';
import { uploadPart } from './uploadPart.ts';

export const s3Operations = {
  's3:CreateBucket': createBucket,
  's3:DeleteBucket': deleteBucket,
  's3:ListBuckets': listBuckets,
  's3:HeadBucket': headBucket,
  's3:GetBucketLocation': getBucketLocation,
  's3:PutBucketPolicy': putBucketPolicy,
  's3:GetBucketPolicy': getBucketPolicy,
  's3:DeleteBucketPolicy': deleteBucketPolicy,
  's3:PutPublicAccessBlock': putPublicAccessBlock,
  's3:GetPublicAccessBlock': getPublicAccessBlock,
  's3:DeletePublicAccessBlock': deletePublicAccessBlock,
  's3:PutBucketOwnershipControls': putBucketOwnershipControls,
  's3:GetBucketOwnershipControls': getBucketOwnershipControls,
  's3:DeleteBucketOwnershipControls': deleteBucketOwnershipControls,
  's3:PutBucketAcl': putBucketAcl,
  's3:GetBucketAcl': getBucketAcl,
  's3:PutBucketEncryption': putBucketEncryption,
  's3:GetBucketEncryption': getBucketEncryption,
  's3:DeleteBucketEncryption': deleteBucketEncryption,
  's3:PutObject': putObject,
  's3:GetObject': getObject,
  's3:HeadObject': headObject,
  's3:DeleteObject': deleteObject,
  's3:CopyObject': copyObject,
  's3:ListObjectsV2': listObjectsV2,
  's3:PutObjectAcl': putObjectAcl,
  's3:GetObjectAcl': getObjectAcl,
  's3:CreateMultipartUpload': createMultipartUpload,
  's3:UploadPart': uploadPart,
  's3:CompleteMultipartUpload': completeMultipartUpload,
  's3:AbortMultipartUpload': abortMultipartUpload,
  's3:ListParts': listParts,
  's3:ListObjects': listObjects,
  's3:DeleteObjects': deleteObjects,
  's3:ListMultipartUploads': listMultipartUploads,
  's3:PutObjectTagging': putObjectTagging,
  's3:GetObjectTagging': getObjectTagging,
  's3:DeleteObjectTagging': deleteObjectTagging,
  's3:PutBucketTagging': putBucketTagging,
  's3:GetBucketTagging': getBucketTagging,
  's3:DeleteBucketTagging': deleteBucketTagging,
};
