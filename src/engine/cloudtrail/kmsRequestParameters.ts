/**
 * requestParameters of KMS records: the model-driven form (loggedShape.ts) plus what the KMS
 * Developer Guide's examples show KMS adding or leaving out for particular operations.
 */
import type { Account } from '../account.ts';
import { modelOf } from '../models/index.ts';
import { keyArnsOf } from './kmsResources.ts';
import { loggedMembers } from './loggedShape.ts';

const SYMMETRIC_DEFAULT = 'SYMMETRIC_DEFAULT';

/** GenerateRandom and RetireGrant log requestParameters: null (ct-generaterandom, ct-retiregrant). */
const LOGGED_AS_NULL = new Set(['GenerateRandom', 'RetireGrant']);

type Adjust = (account: Account, logged: Record<string, unknown>, input: unknown, output: unknown, keyArns: readonly string[]) => Record<string, unknown>;

const ADJUSTMENTS: Readonly<Record<string, Adjust>> = {
  // ct-decrypt: "keyId" is always the key ARN and "encryptionAlgorithm" is always present.
  Decrypt: (_account, logged, _input, _output, keyArns) => {
    const arn = keyArns[0];
    return { encryptionAlgorithm: SYMMETRIC_DEFAULT, ...logged, ...(arn ? { keyId: arn } : {}) };
  },
  // ct-encrypt shows the algorithm although SDK callers rarely send it: KMS logs its default.
  // (Inferred from the examples; not confirmed for a request that omits it.)
  Encrypt: (_account, logged) => ({ ...logged, encryptionAlgorithm: logged.encryptionAlgorithm ?? SYMMETRIC_DEFAULT }),
  ReEncrypt: (_account, logged) => ({
    ...logged,
    sourceEncryptionAlgorithm: logged.sourceEncryptionAlgorithm ?? SYMMETRIC_DEFAULT,
    destinationEncryptionAlgorithm: logged.destinationEncryptionAlgorithm ?? SYMMETRIC_DEFAULT,
  }),
  // ct-getkeypolicy / ct-putkeypolicy: the only policy name, "default", is logged even when omitted.
  GetKeyPolicy: (_account, logged) => ({ ...logged, policyName: logged.policyName ?? 'default' }),
  PutKeyPolicy: (_account, logged) => ({ ...logged, policyName: logged.policyName ?? 'default' }),
};

/** `keyArns`: the call's keys (keyArnsOf), when the caller has them already. */
export function kmsRequestParameters(account: Account, name: string, input: unknown, output: unknown, keyArns = keyArnsOf(account, input, output)): Record<string, unknown> | null {
  if (LOGGED_AS_NULL.has(name)) return null;
  const logged = loggedMembers(modelOf('kms'), modelOf('kms').operations[name]?.input, input) ?? {};
  const adjust = ADJUSTMENTS[name];
  const adjusted = adjust ? adjust(account, logged, input, output, keyArns) : logged;
  return Object.keys(adjusted).length > 0 ? adjusted : null;
}
