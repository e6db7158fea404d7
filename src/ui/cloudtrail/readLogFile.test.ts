import { gzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { readLogFile } from './readLogFile.ts';

const records = { Records: [{ eventName: 'GenerateDataKey', eventSource: 'kms.amazonaws.com' }] };

it('shows a gzipped CloudTrail log file as indented JSON', () => {
  const file = gzipSync(new TextEncoder().encode(JSON.stringify(records)));
  expect(readLogFile(file)).toBe(JSON.stringify(records, null, 2));
});

it('reads a log file that is not compressed, and says nothing for bytes that are not JSON', () => {
  expect(readLogFile(new TextEncoder().encode(JSON.stringify(records)))).toContain('"eventName": "GenerateDataKey"');
  expect(readLogFile(new TextEncoder().encode('not json'))).toBeUndefined();
});
