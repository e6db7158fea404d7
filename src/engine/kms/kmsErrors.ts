/**
 * KMS errors in AWS's wording. Every KMS handler builds its errors here. Each message names
 * its source; where no AWS-observed text exists the comment says so.
 */
import { AwsError } from '../errors.ts';
import type { KmsKey } from './state.ts';

const kms = (code: string, message: string) => new AwsError(code, message, 400, 'kms');

/** Lookup errors (LocalStack's AWS-recorded snapshots: test_get_key_does_not_exist, test_get_key_invalid_uuid). */
export const keyNotFound = (keyArn: string) => kms('NotFoundException', `Key '${keyArn}' does not exist`);
export const aliasNotFound = (aliasArn: string) => kms('NotFoundException', `Alias ${aliasArn} is not found.`);
export const invalidKeyId = (keyId: string) => kms('NotFoundException', `Invalid keyId '${keyId}'`);
export const invalidArn = (message: string) => kms('InvalidArnException', message);

/** Key-state errors: the footnotes of the developer guide's "Key states" table. */
export const disabled = (key: KmsKey) => kms('DisabledException', `${key.arn} is disabled.`);
export const pendingDeletion = (key: KmsKey) => kms('KMSInvalidStateException', `${key.arn} is pending deletion.`);
export const notPendingDeletion = (key: KmsKey) => kms('KMSInvalidStateException', `${key.arn} is not pending deletion.`);
export const pendingImport = (key: KmsKey) => kms('KMSInvalidStateException', `${key.arn} is pending import.`);

/** Alias errors, as AWS answered them in public issue threads (aws-controllers-k8s#1878, crossplane-contrib/provider-aws#1741). */
export const aliasPrefixRequired = () =>
  kms('ValidationException', 'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html');
export const aliasAlreadyExists = (aliasArn: string) => kms('AlreadyExistsException', `An alias with the name ${aliasArn} already exists`);
/** alias/aws/ is AWS's: AWS answers with a bare NotAuthorizedException (moto records the body as {"__type":"NotAuthorizedException"}). */
export const reservedAlias = () => kms('NotAuthorizedException', '');

/** ScheduleKeyDeletion outside 7–30 days (AWS's answer quoted in Skyscanner/kms-issuer#8). */
export const pendingWindowOutOfRange = () => kms('ValidationException', 'PendingWindowInDays must be between 7 and 30');

/**
 * A policy that is not JSON gets no message at all (aws/aws-sdk-ruby#1784); a policy nobody could
 * ever change again gets the lockout text AWS returns (quoted in public Terraform code).
 */
export const malformedPolicy = (message = '') => kms('MalformedPolicyDocumentException', message);
export const policyLockout = () => malformedPolicy('The new key policy will not allow you to update the key policy in the future.');
/** PolicyName other than "default" (LocalStack and moto agree; not seen from AWS itself). */
export const noSuchPolicy = () => kms('NotFoundException', 'No such policy exists');

/** Tag rules (LocalStack's KMS provider wording; AWS's own text not found in public records). */
export const tagError = (message: string) => kms('TagException', message);

/** A Marker the lab never handed out: AWS's documented meaning of InvalidMarkerException. */
export const invalidMarker = () =>
  kms('InvalidMarkerException', 'The request was rejected because the marker that specifies where pagination should next begin is not valid.');

/** Real AWS accepts these; the lab does not model them yet, and says so rather than pretending. */
export const notInThisLab = (what: string) => kms('UnsupportedOperationException', `${what} is not supported in KMS Lab yet.`);

export const kmsError = kms;
