/**
 * CloudTrail's errors in AWS's wording. Sources: the CloudTrail User Guide's log example of a
 * failed UpdateTrail ("Unknown trail: myTrail2 for the user: 123456789012"); CreateTrail's
 * bucket-policy error as reported in aws/aws-cdk#11602 and awsdocs/aws-cloudtrail-user-guide#24;
 * trail-name rules as moto reproduces them. Messages marked "unconfirmed" follow the API
 * reference's description of the error; AWS's exact text was not found.
 */
import { AwsError } from '../errors.ts';

const error = (code: string, message: string) => new AwsError(code, message, 400, 'cloudtrail');

export const trailNotFound = (nameOrArn: string, accountId: string) =>
  error('TrailNotFoundException', `Unknown trail: ${nameOrArn} for the user: ${accountId}`);

// Unconfirmed wording.
export const trailAlreadyExists = (name: string, accountId: string) =>
  error('TrailAlreadyExistsException', `Trail ${name} already exists for customer: ${accountId}`);

// Unconfirmed wording.
export const s3BucketDoesNotExist = (bucket: string) => error('S3BucketDoesNotExistException', `S3 bucket ${bucket} does not exist.`);

export const insufficientS3BucketPolicy = (bucket: string) =>
  error('InsufficientS3BucketPolicyException', `Incorrect S3 bucket policy is detected for bucket: ${bucket}`);

export const invalidTrailName = (message: string) => error('InvalidTrailNameException', message);

export const cloudTrailArnInvalid = (arn: string) => error('CloudTrailARNInvalidException', `Invalid trail ARN: ${arn}`); // unconfirmed

// Unconfirmed wording for the four LookupEvents errors below.
export const invalidLookupAttributes = (message: string) => error('InvalidLookupAttributesException', message);
export const invalidTimeRange = () => error('InvalidTimeRangeException', 'Start time must be less than or equal to end time.');
export const invalidNextToken = () => error('InvalidNextTokenException', 'Invalid NextToken.');
export const invalidEventSelectors = (message: string) => error('InvalidEventSelectorsException', message);

/**
 * Confirmed wording: the CloudTrail User Guide ("Logging Insights events with the AWS CLI") and
 * a real GetInsightSelectors response quoted in a Terraform debug log name the trail by its ARN.
 */
export const insightNotEnabled = (trailArn: string) =>
  error('InsightNotEnabledException', `Trail ${trailArn} does not have Insights enabled. Edit the trail settings to enable Insights, and then try the operation again.`);

// Unconfirmed wording: the API reference describes when it is thrown, not its message.
export const invalidInsightSelectors = (message: string) => error('InvalidInsightSelectorsException', message);
