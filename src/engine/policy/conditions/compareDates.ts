/**
 * Date operators accept ISO 8601 dates and times (`2026-01-01`, `2026-01-01T12:00:00Z`) and
 * epoch seconds (`aws:EpochTime`); a value that is neither never matches.
 */
const EPOCH_SECONDS = /^\d+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseDate(value: string): number | undefined {
  const text = value.trim();
  if (EPOCH_SECONDS.test(text)) return Number(text) * 1000;
  if (!ISO_DATE.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

export function compareDates(policyValue: string, requestValue: string, compare: (policy: number, request: number) => boolean): boolean {
  const policy = parseDate(policyValue);
  const request = parseDate(requestValue);
  return policy !== undefined && request !== undefined && compare(policy, request);
}
