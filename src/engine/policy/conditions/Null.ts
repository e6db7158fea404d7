/**
 * Null checks presence, not value: `"true"` matches when the request has no such key, `"false"`
 * when it has one. It has no IfExists form and no set qualifier changes it; evaluateCondition
 * handles it before any value comparison.
 */
export function matchesNull(policyValue: string, keyPresent: boolean): boolean {
  const wanted = policyValue.toLowerCase();
  return keyPresent ? wanted === 'false' : wanted === 'true';
}
