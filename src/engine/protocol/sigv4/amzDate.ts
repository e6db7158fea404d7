/** SigV4's basic ISO-8601 time, yyyymmddThhmmssZ, to and from epoch milliseconds. */

export const formatAmzDate = (ms: number): string => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export function parseAmzDate(text: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The Date header (an HTTP-date) as a fallback when a client sends no x-amz-date. */
export function amzDateFromHttpDate(httpDate: string | undefined): string {
  if (httpDate === undefined) return '';
  const ms = Date.parse(httpDate);
  return Number.isNaN(ms) ? '' : formatAmzDate(ms);
}
