/**
 * Errors of the grant operations. Each names its source; where AWS's exact text could not be
 * found in public records the comment says so, and the code (which is documented) is kept.
 */
import { AwsError } from '../errors.ts';
import { kmsError } from './kmsErrors.ts';

/**
 * CreateGrant, ListGrants, RetireGrant and RevokeGrant take a key id or key ARN only. AWS's
 * answer to an alias, as quoted from AWS in boto/boto#3202 and seen for GetKeyPolicy.
 */
export const aliasNotSupported = () => kmsError('InvalidArnException', 'Key Aliases are not supported for this operation.');

/**
 * A grantee or retiring principal that does not exist. The code is AWS's (the Terraform AWS
 * provider retries CreateGrant on InvalidArnException for roles IAM has not yet propagated);
 * the message is ours: AWS's text was not found in public records.
 */
export const invalidPrincipal = (principal: string) => kmsError('InvalidArnException', `${principal} is not a valid principal.`);

/**
 * An operation the key's type cannot allow (Sign on a symmetric key, …). The code is
 * documented ("CreateGrant fails with a ValidationException"); the message is ours.
 */
export const operationNotAllowedForKey = (operation: string, keySpec: string) =>
  kmsError('ValidationException', `Grant operation ${operation} is not valid for a KMS key with KeySpec ${keySpec}.`);

/** The API reference's description of InvalidGrantTokenException (AWS's exact message not found). */
export const invalidGrantToken = () => kmsError('InvalidGrantTokenException', 'The request was rejected because the specified grant token is not valid.');

/** The API reference's description of InvalidGrantIdException (AWS's exact message not found). */
export const invalidGrantId = () => kmsError('InvalidGrantIdException', 'The request was rejected because the specified GrantId is not valid.');

/** A well-formed grant id that names no grant of the key. Code per the API reference; message ours. */
export const grantNotFound = (grantId: string) => kmsError('NotFoundException', `Grant ID ${grantId} not found.`);

/** RetireGrant with neither a grant token nor KeyId and GrantId. Code per the API reference; message ours. */
export const retireGrantTarget = () => kmsError('ValidationException', 'Either a grant token or both KeyId and GrantId must be specified.');

/**
 * DryRun: the checks passed and nothing changed. HTTP 412 as the botocore model has it; the
 * message is LocalStack's wording (AWS's own not seen in public records).
 */
export const dryRunSucceeded = () => new AwsError('DryRunOperationException', 'The request would have succeeded, but the DryRun option is set.', 412, 'kms');
