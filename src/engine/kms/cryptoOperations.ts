/** KMS cryptographic operations and key rotation, keyed by IAM action. */
import type { Handler } from '../operation.ts';
import { decrypt } from './decrypt.ts';
import { disableKeyRotation } from './disableKeyRotation.ts';
import { enableKeyRotation } from './enableKeyRotation.ts';
import { encrypt } from './encrypt.ts';
import { generateDataKey } from './generateDataKey.ts';
import { generateDataKeyWithoutPlaintext } from './generateDataKeyWithoutPlaintext.ts';
import { generateRandom } from './generateRandom.ts';
import { getKeyRotationStatus } from './getKeyRotationStatus.ts';
import { listKeyRotations } from './listKeyRotations.ts';
import { reEncrypt } from './reEncrypt.ts';
import { rotateKeyOnDemand } from './rotateKeyOnDemand.ts';

export const kmsCryptoOperations = {
  'kms:Encrypt': encrypt,
  'kms:Decrypt': decrypt,
  'kms:ReEncrypt': reEncrypt,
  'kms:GenerateDataKey': generateDataKey,
  'kms:GenerateDataKeyWithoutPlaintext': generateDataKeyWithoutPlaintext,
  'kms:GenerateRandom': generateRandom,
  'kms:EnableKeyRotation': enableKeyRotation,
  'kms:DisableKeyRotation': disableKeyRotation,
  'kms:GetKeyRotationStatus': getKeyRotationStatus,
  'kms:RotateKeyOnDemand': rotateKeyOnDemand,
  'kms:ListKeyRotations': listKeyRotations,
} satisfies Record<`kms:${string}`, Handler>;
