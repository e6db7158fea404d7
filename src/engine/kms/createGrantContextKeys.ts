/**
 * The condition keys a CreateGrant request carries, for the policy evaluator ("Condition keys
 * for AWS KMS" in the developer guide): kms:GrantOperations (multi-valued), kms:GranteePrincipal,
 * kms:RetiringPrincipal (only when the request names one), kms:GrantConstraintType (only when
 * the request has constraints) and kms:GrantIsForAWSResource (true when an AWS service
 * integrated with KMS makes the call for the caller). Keys are absent when the request lacks
 * the value, so a Null condition or …IfExists behaves as in AWS.
 */
import type { CallSource } from '../operation.ts';
import type { CreateGrantInput } from './createGrant.ts';

export type GrantContextKeys = Readonly<Record<string, string | readonly string[]>>;

export function createGrantContextKeys(input: CreateGrantInput, source?: CallSource): GrantContextKeys {
  const constraintTypes = (['EncryptionContextEquals', 'EncryptionContextSubset'] as const).filter((type) => input.Constraints?.[type] !== undefined);
  return {
    'kms:GrantOperations': [...input.Operations],
    'kms:GranteePrincipal': input.GranteePrincipal,
    ...(input.RetiringPrincipal !== undefined ? { 'kms:RetiringPrincipal': input.RetiringPrincipal } : {}),
    // Single-valued in AWS's list; a request with both kinds of constraint gives both values.
    ...(constraintTypes.length === 1 ? { 'kms:GrantConstraintType': constraintTypes[0]! } : {}),
    ...(constraintTypes.length === 2 ? { 'kms:GrantConstraintType': constraintTypes } : {}),
    'kms:GrantIsForAWSResource': source?.viaService !== undefined ? 'true' : 'false',
  };
}
