/**
 * The service-specific parts of a record — requestParameters, responseElements,
 * additionalEventData, resources — for any service with a model. KMS has its own rules
 * (kmsRequestParameters.ts, kmsResources.ts); other services get the model-driven form.
 */
import type { Account } from '../account.ts';
import { loadedModel } from '../models/index.ts';
import { isReadOnly } from '../operationTraits.ts';
import { parseCiphertextBlob } from '../kms/ciphertextBlob.ts';
import { kmsRequestParameters } from './kmsRequestParameters.ts';
import { keyArnsOf, kmsResources } from './kmsResources.ts';
import { loggedMembers } from './loggedShape.ts';
import { s3RequestParameters } from './s3RequestParameters.ts';
import type { RecordResource } from './state.ts';

export type EventDetails = {
  requestParameters: Record<string, unknown> | null;
  responseElements: Record<string, unknown> | null;
  additionalEventData?: Record<string, unknown>;
  resources?: RecordResource[];
};

/** KMS logs responseElements: null for its cryptographic operations, whatever they return. */
const KMS_CRYPTO = new Set([
  'Encrypt', 'Decrypt', 'ReEncrypt', 'GenerateDataKey', 'GenerateDataKeyWithoutPlaintext', 'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext', 'GenerateRandom', 'Sign', 'Verify', 'GenerateMac', 'VerifyMac',
]);

/** CloudTrail's readOnly: reads, and KMS's cryptographic operations, which change nothing (ct-encrypt, ct-decrypt …). */
export const isReadOnlyEvent = (service: string, name: string): boolean => isReadOnly(name) || (service === 'kms' && KMS_CRYPTO.has(name));

// dispatch loaded the model of the service it recorded a call to.
const modelOf = loadedModel;

function responseElementsOf(service: string, name: string, output: unknown): Record<string, unknown> | null {
  const model = modelOf(service);
  if (!model || output === undefined || isReadOnlyEvent(service, name)) return null;
  return loggedMembers(model, model.operations[name]?.output, output);
}

/** additionalEventData.keyMaterialId (2025+ records): the material generation a crypto call used. */
function keyMaterialOf(account: Account, name: string, input: unknown, output: unknown): Record<string, unknown> | undefined {
  if (!KMS_CRYPTO.has(name) || name === 'GenerateRandom' || output === undefined) return undefined;
  const blob = (name === 'Decrypt' ? input : output) as { CiphertextBlob?: unknown } | undefined;
  const parsed = blob?.CiphertextBlob instanceof Uint8Array ? parseCiphertextBlob(blob.CiphertextBlob) : undefined;
  return parsed ? { keyMaterialId: parsed.materialId } : undefined;
}

export function eventDetailsOf(account: Account, service: string, name: string, input: unknown, output?: unknown): EventDetails {
  if (service === 'kms') {
    const additionalEventData = keyMaterialOf(account, name, input, output);
    // Both parts name the call's keys; finding them once spares reading the blob twice more.
    const keyArns = keyArnsOf(account, input, output);
    return {
      requestParameters: kmsRequestParameters(account, name, input, output, keyArns),
      responseElements: responseElementsOf(service, name, output),
      ...(additionalEventData ? { additionalEventData } : {}),
      resources: kmsResources(account, name, input, output, keyArns),
    };
  }
  const model = modelOf(service);
  if (model && service === 's3') return { requestParameters: s3RequestParameters(model, name, input, account.facts.region), responseElements: responseElementsOf(service, name, output) };
  return {
    requestParameters: model ? loggedMembers(model, model.operations[name]?.input, input) : null,
    responseElements: responseElementsOf(service, name, output),
  };
}
