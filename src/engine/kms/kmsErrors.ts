/** KMS errors in AWS's wording. Every KMS handler builds its errors here. */
import { AwsError } from '../errors.ts';
import type { KmsKey } from './state.ts';

const kms = (code: string, message: string) => new AwsError(code, message, 400, 'kms');

export const keyNotFound = (keyArn: string) => kms('NotFoundException', `Key '${keyArn}' does not exist`);
export const aliasNotFound = (aliasArn: string) => kms('NotFoundException', `Alias ${aliasArn} is not found.`);
export const invalidKeyId = (keyId: string) => kms('NotFoundException', `Invalid keyId '${keyId}'`);
export const invalidArn = (message: string) => kms('InvalidArnException', message);
export const disabled = (key: KmsKey) => kms('DisabledException', `${key.arn} is disabled.`);
export const pendingDeletion = (key: KmsKey) => kms('KMSInvalidStateException', `${key.arn} is pending deletion.`);
export const pendingImport = (key: KmsKey) => kms('KMSInvalidStateException', `${key.arn} is pending import.`);
export const kmsError = kms;
