/**
 * Where a trail's log file goes (CloudTrail User Guide, "Finding your CloudTrail log files"):
 * [prefix/]AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/
 *   <account>_CloudTrail_<region>_<YYYYMMDDTHHmmZ>_<16 alphanumerics>.json.gz
 * The timestamp is the delivery time, not the time of the events inside.
 */
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** 16 letters and digits from a uuid's 128 bits, so seeded ids give reproducible names. */
export function uniqueStringOf(uuid: string): string {
  const hex = uuid.replace(/-/g, '');
  let out = '';
  for (let i = 0; i < 16; i++) out += ALPHANUMERIC[parseInt(hex.slice(i * 2, i * 2 + 2), 16) % ALPHANUMERIC.length];
  return out;
}

export function logFileKey(accountId: string, region: string, deliveredAt: number, unique: string, prefix?: string): string {
  const iso = new Date(deliveredAt).toISOString();
  const [yyyy, mm, dd] = [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
  const stamp = `${yyyy}${mm}${dd}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
  const folder = `AWSLogs/${accountId}/CloudTrail/${region}/${yyyy}/${mm}/${dd}`;
  return `${prefix ? `${prefix}/` : ''}${folder}/${accountId}_CloudTrail_${region}_${stamp}_${unique}.json.gz`;
}
