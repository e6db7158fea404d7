/** Numeric operators compare integers and decimals; a value that is not a number never matches. */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export function compareNumbers(policyValue: string, requestValue: string, compare: (policy: number, request: number) => boolean): boolean {
  if (!NUMBER.test(policyValue.trim()) || !NUMBER.test(requestValue.trim())) return false;
  return compare(Number(policyValue), Number(requestValue));
}
