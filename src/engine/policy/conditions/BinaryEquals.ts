/** Byte-for-byte match of base64-encoded values. */
import type { ConditionOperator } from './conditionOperator.ts';
import { fromBase64 } from '../../../shared/bytes.ts';

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  return a.every((byte, i) => byte === b[i]);
}
export const BinaryEquals: ConditionOperator = {
  name: 'BinaryEquals',
  negated: false,
  variables: false,
  wildcards: false,
  test: (policyValue, requestValue) => sameBytes(fromBase64(policyValue), fromBase64(requestValue)),
};
