import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatRawQuery } from './formatRawQuery.ts';
import { readRequestBody } from './readRequestBody.ts';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** What recent JSON protocols send: a Uint8Array that complains when used as a string. */
class JsonBytesStringAdapter extends Uint8Array {
  override toString(): string {
    throw new Error('called a string method on a Uint8Array request body');
  }
}

describe('what the requestHandler hands the engine', () => {
  it('reads strings and plain bytes', async () => {
    expect(decode(await readRequestBody('{"KeyId":"k"}'))).toBe('{"KeyId":"k"}');
    expect(decode(await readRequestBody(new TextEncoder().encode('bytes')))).toBe('bytes');
    expect(await readRequestBody(undefined)).toEqual(new Uint8Array());
  });

  it('reads a Uint8Array subclass without ever treating it as a string', async () => {
    const body = new JsonBytesStringAdapter(new TextEncoder().encode('{"Plaintext":"aGk="}'));
    expect(decode(await readRequestBody(body))).toBe('{"Plaintext":"aGk="}');
  });

  it('reads only the viewed part of a larger buffer', async () => {
    const whole = new TextEncoder().encode('xxpayloadxx');
    expect(decode(await readRequestBody(whole.subarray(2, 9)))).toBe('payload');
  });

  it('reads a Blob', async () => {
    expect(decode(await readRequestBody(new Blob(['blob ', 'body'])))).toBe('blob body');
  });

  it('reads a web ReadableStream that mixes string and byte chunks, as the aws-chunked encoder does', async () => {
    const stream = new ReadableStream<string | Uint8Array>({
      start(controller) {
        controller.enqueue('5\r\n');
        controller.enqueue(new TextEncoder().encode('hello'));
        controller.enqueue('\r\n0\r\n');
        controller.close();
      },
    });
    expect(decode(await readRequestBody(stream))).toBe('5\r\nhello\r\n0\r\n');
  });

  it('reads a Node Readable', async () => {
    expect(decode(await readRequestBody(Readable.from([Buffer.from('node '), 'stream'])))).toBe('node stream');
  });

  it('rebuilds the signed query string: names and values in RFC 3986, flags without a value', () => {
    expect(formatRawQuery({ encryption: null, prefix: "a b/ü*(x)!'", 'x-id': 'GetObject', tag: ['1', '2'] }))
      .toBe("encryption&prefix=a%20b%2F%C3%BC%2A%28x%29%21%27&x-id=GetObject&tag=1&tag=2");
  });

  it('passes no query as an empty string', () => {
    expect(formatRawQuery({})).toBe('');
    expect(formatRawQuery(undefined)).toBe('');
  });
});
