/** A CloudTrail log file's bytes as indented JSON: gzip (1f 8b) is unpacked, anything else read as it is. */
import { gunzipSync } from 'fflate';

export const isLogFileKey = (key: string) => key.endsWith('.json.gz');

/** Undefined when the content is not JSON. */
export function readLogFile(bytes: Uint8Array): string | undefined {
  try {
    const plain = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
    return JSON.stringify(JSON.parse(new TextDecoder().decode(plain)), null, 2);
  } catch {
    return undefined;
  }
}
