import { describe, expect, it } from 'vitest';
import { commonPrefix, complete } from './complete.ts';

describe('tab completion from the models', () => {
  it('completes shell commands, services, operations and options', async () => {
    expect((await complete('ba')).candidates).toEqual(['base64']);
    expect((await complete('aws k')).candidates).toEqual(['kms']);
    expect((await complete('aws kms create-a')).candidates).toEqual(['create-alias']);
    expect((await complete('aws kms encrypt --key-id k --enc')).candidates).toEqual(['--encryption-algorithm', '--encryption-context']);
    expect((await complete('aws kms encrypt --out')).candidates).toEqual(['--output']);
    expect((await complete('echo x | base64 --decode | c')).candidates).toEqual(['cat', 'clear']);
  });

  it('completes the high-level aws s3 commands and their options', async () => {
    expect((await complete('aws s')).candidates).toEqual(['s3', 's3api', 'sts']);
    expect((await complete('aws s3 m')).candidates).toEqual(['mb', 'mv']);
    expect((await complete('aws s3 cp x s3://b/ --ss')).candidates).toEqual(['--sse', '--sse-kms-key-id']);
    expect((await complete('aws s3 ls --re')).candidates).toEqual(['--recursive', '--region', '--request-payer']);
  });

  it('fills in as much as every candidate shares', () => {
    expect(commonPrefix(['--encryption-algorithm', '--encryption-context'])).toBe('--encryption-');
    expect(commonPrefix([])).toBe('');
  });
});
