import { describe, expect, it } from 'vitest';
import { utf8 } from '../../shared/bytes.ts';
import { formatOutput } from './formatOutput.ts';
import { isoTimestamp, toCliValue } from './toCliValue.ts';

const sdkOutput = {
  $metadata: { httpStatusCode: 200 },
  Aliases: [
    { AliasName: 'alias/myFirstKey', AliasArn: 'arn:aws:kms:us-east-1:111122223333:alias/myFirstKey', TargetKeyId: '1234abcd', CreationDate: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678)) },
    { AliasName: 'alias/aws/s3', AliasArn: 'arn:aws:kms:us-east-1:111122223333:alias/aws/s3' },
  ],
  Truncated: false,
};
const response = toCliValue(sdkOutput)!;
const format = (output: 'json' | 'text' | 'table' | 'yaml', query?: string) => formatOutput(response, { operation: 'ListAliases', output, query });

describe('output formats', () => {
  it('prints timestamps as Python isoformat() and blobs as base64, without SDK metadata', () => {
    expect(isoTimestamp(new Date(Date.UTC(2026, 0, 2, 3, 4, 5)))).toBe('2026-01-02T03:04:05+00:00');
    expect(toCliValue({ $metadata: {}, CiphertextBlob: utf8('hi'), When: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)) }))
      .toEqual({ CiphertextBlob: 'aGk=', When: '2026-01-02T03:04:05.006000+00:00' });
  });

  it('json: 4-space indent, model order', () => {
    expect(format('json')).toBe(`{
    "Aliases": [
        {
            "AliasName": "alias/myFirstKey",
            "AliasArn": "arn:aws:kms:us-east-1:111122223333:alias/myFirstKey",
            "TargetKeyId": "1234abcd",
            "CreationDate": "2026-01-02T03:04:05.678000+00:00"
        },
        {
            "AliasName": "alias/aws/s3",
            "AliasArn": "arn:aws:kms:us-east-1:111122223333:alias/aws/s3"
        }
    ],
    "Truncated": false
}
`);
  });

  it('json: an empty response prints nothing; a query result prints even when empty', () => {
    expect(formatOutput({}, { operation: 'CreateAlias', output: 'json' })).toBe('');
    expect(format('json', 'Aliases[?AliasName==`nope`]')).toBe('[]\n');
  });

  it('text: rows under the upper-cased key, scalar keys sorted, tabs between', () => {
    expect(format('text')).toBe([
      'False',
      'ALIASES\tarn:aws:kms:us-east-1:111122223333:alias/myFirstKey\talias/myFirstKey\t2026-01-02T03:04:05.678000+00:00\t1234abcd',
      'ALIASES\tarn:aws:kms:us-east-1:111122223333:alias/aws/s3\talias/aws/s3\t\t',
      '',
    ].join('\n'));
  });

  it('text with --query: a scalar on its own line, a list on one line, a missing value as None', () => {
    expect(format('text', 'Aliases[0].AliasName')).toBe('alias/myFirstKey\n');
    expect(format('text', 'Aliases[].AliasName')).toBe('alias/myFirstKey\talias/aws/s3\n');
    expect(format('text', 'Nothing')).toBe('None\n');
  });

  it('table: the operation as title, list rows under their sorted headers', () => {
    expect(formatOutput(toCliValue({ Aliases: [{ AliasName: 'alias/a', TargetKeyId: 'k1' }, { AliasName: 'alias/b', TargetKeyId: 'k2' }] })!, { operation: 'ListAliases', output: 'table' }))
      .toBe(`---------------------------------
|          ListAliases          |
+-------------------------------+
||           Aliases           ||
|+-----------------------------+|
||  AliasName  |  TargetKeyId  ||
|+-------------+---------------+|
||  alias/a    |  k1           ||
||  alias/b    |  k2           ||
|+-------------+---------------+|
`);
  });

  it('yaml: block style, sequences flush with their key, numeric strings quoted', () => {
    expect(formatOutput({ AWSAccountId: '111122223333', EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'], Enabled: true }, { operation: 'DescribeKey', output: 'yaml' }))
      .toBe("AWSAccountId: '111122223333'\nEncryptionAlgorithms:\n- SYMMETRIC_DEFAULT\nEnabled: true\n");
  });

  it('says which --query it could not read', () => {
    expect(() => format('json', 'Aliases[')).toThrow(/Bad value for --query Aliases\[/);
  });
});
