import { describe, expect, it } from 'vitest';
import { fromBase64, fromUtf8 } from '../../shared/bytes.ts';
import { testAccount } from '../testing/testAccount.ts';
import { handleHttp } from './handleHttp.ts';
import { signedKmsRequest } from './testing/signedRequest.ts';

const json = (body: Uint8Array) => JSON.parse(fromUtf8(body)) as Record<string, unknown>;

describe('handleHttp', () => {
  it('answers a signed GenerateRandom with base64 bytes and the AWS JSON headers', async () => {
    const t = await testAccount();
    const response = await handleHttp(t.account, await signedKmsRequest({ body: '{"NumberOfBytes":32}' }));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(response.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
    const plaintext = fromBase64(json(response.body).Plaintext as string);
    expect(plaintext).toHaveLength(32);
  });

  it('records the call in CloudTrail with the caller user agent and address', async () => {
    const t = await testAccount();
    await handleHttp(t.account, await signedKmsRequest({ body: '{"NumberOfBytes":8}' }));
    expect(t.account.state.cloudtrail.events[0]).toMatchObject({ eventName: 'GenerateRandom', userAgent: 'aws-sdk-js/3 test', sourceIPAddress: '127.0.0.1' });
  });

  it('answers an unknown target with a bare UnknownOperationException', async () => {
    const t = await testAccount();
    const response = await handleHttp(t.account, await signedKmsRequest({ target: 'TrentService.MakeCoffee' }));
    expect(response.status).toBe(400);
    expect(json(response.body)).toEqual({ __type: 'UnknownOperationException' });
  });

  it('answers a body that is not JSON with a bare SerializationException', async () => {
    const t = await testAccount();
    const response = await handleHttp(t.account, await signedKmsRequest({ body: '{"NumberOfBytes":' }));
    expect(json(response.body)).toEqual({ __type: 'SerializationException' });
  });

  it('answers an unsigned request with MissingAuthenticationTokenException', async () => {
    const t = await testAccount();
    const signed = await signedKmsRequest();
    const { authorization: _dropped, ...headers } = signed.headers;
    const response = await handleHttp(t.account, { ...signed, headers });
    expect(json(response.body)).toEqual({ __type: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' });
  });

  it('answers a blob that is not base64 with a bare SerializationException', async () => {
    const t = await testAccount();
    const request = await signedKmsRequest({ target: 'TrentService.Decrypt', body: '{"CiphertextBlob":"not base64!"}' });
    expect(json((await handleHttp(t.account, request)).body)).toEqual({ __type: 'SerializationException' });
  });

  it('answers a member of the wrong JSON type in Coral wording', async () => {
    const t = await testAccount();
    const response = await handleHttp(t.account, await signedKmsRequest({ body: '{"NumberOfBytes":"32"}' }));
    expect(json(response.body)).toEqual({ __type: 'SerializationException', message: 'STRING_VALUE can not be converted to an Integer' });
  });

  it('answers an out-of-range member with the ValidationException AWS words', async () => {
    const t = await testAccount();
    const response = await handleHttp(t.account, await signedKmsRequest({ body: '{"NumberOfBytes":2048}' }));
    expect(json(response.body)).toEqual({
      __type: 'ValidationException',
      message: "1 validation error detected: Value '2048' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024",
    });
  });
});
