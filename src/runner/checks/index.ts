/**
 * The closed set of check kinds: an explicit table (no registration by import side effect).
 * To add a kind: a file here with its type, builder, validator and evaluator; an entry below;
 * its messages in ../messages.en.json and ../messages.ja.json; a test.
 */
import type { CheckContext, CheckKind, CheckResult } from './checkKind.ts';
import { aliasPointsToKind, type AliasPointsToCheck } from './aliasPointsTo.ts';
import { callFailedWithKind, type CallFailedWithCheck } from './callFailedWith.ts';
import { clockAdvancedPastKind, type ClockAdvancedPastCheck } from './clockAdvancedPast.ts';
import { cloudTrailHasEventKind, type CloudTrailHasEventCheck } from './cloudTrailHasEvent.ts';
import { fileExistsKind, type FileExistsCheck } from './fileExists.ts';
import { fileHasPolicyStatementKind, type FileHasPolicyStatementCheck } from './fileHasPolicyStatement.ts';
import { grantExistsKind, type GrantExistsCheck } from './grantExists.ts';
import { keyExistsKind, type KeyExistsCheck } from './keyExists.ts';
import { keyMaterialRotatedKind, type KeyMaterialRotatedCheck } from './keyMaterialRotated.ts';
import { keyPolicyAllowsKind, type KeyPolicyAllowsCheck } from './keyPolicyAllows.ts';
import { keyRotationEnabledKind, type KeyRotationEnabledCheck } from './keyRotationEnabled.ts';
import { keyStateIsKind, type KeyStateIsCheck } from './keyStateIs.ts';
import { quizAnsweredKind, type QuizAnsweredCheck } from './quizAnswered.ts';
import { bucketExistsKind, type BucketExistsCheck } from './bucketExists.ts';
import { logFileHasEventKind, type LogFileHasEventCheck } from './logFileHasEvent.ts';
import { objectEncryptedWithKind, type ObjectEncryptedWithCheck } from './objectEncryptedWith.ts';
import { objectOwnershipKind, type ObjectOwnershipCheck } from './objectOwnership.ts';
import { objectPublicKind, type ObjectPublicCheck } from './objectPublic.ts';
import { publicAccessBlockKind, type PublicAccessBlockCheck } from './publicAccessBlock.ts';
import { trailLoggingKind, type TrailLoggingCheck } from './trailLogging.ts';
import { LabValidationError, type Validator } from '../validate/validators.ts';

export type Check =
  | AliasPointsToCheck | CallFailedWithCheck | ClockAdvancedPastCheck | CloudTrailHasEventCheck | FileExistsCheck
  | FileHasPolicyStatementCheck | GrantExistsCheck | KeyExistsCheck | KeyMaterialRotatedCheck | KeyPolicyAllowsCheck
  | KeyRotationEnabledCheck | KeyStateIsCheck | QuizAnsweredCheck
  | BucketExistsCheck | LogFileHasEventCheck | ObjectEncryptedWithCheck | ObjectOwnershipCheck | ObjectPublicCheck | PublicAccessBlockCheck | TrailLoggingCheck;

type KindTable = { [K in Check['kind']]: CheckKind<Extract<Check, { kind: K }>> };

export const CHECK_KINDS: KindTable = {
  aliasPointsTo: aliasPointsToKind,
  callFailedWith: callFailedWithKind,
  clockAdvancedPast: clockAdvancedPastKind,
  cloudTrailHasEvent: cloudTrailHasEventKind,
  fileExists: fileExistsKind,
  fileHasPolicyStatement: fileHasPolicyStatementKind,
  grantExists: grantExistsKind,
  keyExists: keyExistsKind,
  keyMaterialRotated: keyMaterialRotatedKind,
  keyPolicyAllows: keyPolicyAllowsKind,
  keyRotationEnabled: keyRotationEnabledKind,
  keyStateIs: keyStateIsKind,
  quizAnswered: quizAnsweredKind,
  bucketExists: bucketExistsKind,
  logFileHasEvent: logFileHasEventKind,
  objectEncryptedWith: objectEncryptedWithKind,
  objectOwnership: objectOwnershipKind,
  objectPublic: objectPublicKind,
  publicAccessBlock: publicAccessBlockKind,
  trailLogging: trailLoggingKind,
};

const isKind = (kind: unknown): kind is Check['kind'] => typeof kind === 'string' && Object.hasOwn(CHECK_KINDS, kind);

export const validateCheck: Validator<Check> = (value, path) => {
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (!isKind(kind)) throw new LabValidationError(path === '' ? 'kind' : `${path}.kind`, `Expected a check kind (${Object.keys(CHECK_KINDS).join(', ')}), got ${JSON.stringify(kind)}`);
  return CHECK_KINDS[kind].validate(value, path);
};

export function evaluateCheck(check: Check, ctx: CheckContext): CheckResult | Promise<CheckResult> {
  const kind = CHECK_KINDS[check.kind] as CheckKind<Check>;
  return kind.evaluate(check, ctx);
}

export type { CheckContext, CheckResult, SeenFailure } from './checkKind.ts';
