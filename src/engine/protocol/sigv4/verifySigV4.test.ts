import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { createAccount, type Account } from '../../account.ts';
import { fixedClock, seededIds } from '../../testing/seededIds.ts';
import { utf8 } from '../../../shared/bytes.ts';
import type { WireRequest } from '../wire.ts';
import { ADMIN, signedKmsRequest, WebCryptoSha256 } from '../testing/signedRequest.ts';
import { canonicalUri, uriEncode } from './canonicalRequest.ts';
import { verifySigV4 } from './verifySigV4.ts';

const SIGNED_AT = Date.UTC(2026, 0, 15, 9, 0, 0);
const MINUTE = 60_000;

async function accountAt(ms: number): Promise<Account> {
  return createAccount({ clock: fixedClock(ms), ids: seededIds(), crypto: globalThis.crypto });
}

const failure = async (account: Account, request: WireRequest, service = 'kms') => {
  const result = await verifySigV4(account, request, service);
  return result.ok ? undefined : { code: result.error.code, message: result.error.message };
};

const BAD_SIGNATURE = {
  code: 'InvalidSignatureException',
  message: 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
};

describe('SigV4 against the AWS test suite (AKIDEXAMPLE, 20150830T123600Z, service "service")', async () => {
  const at = Date.UTC(2015, 7, 30, 12, 36, 0);
  const account = await accountAt(at);
  account.state.iam.users.Admin?.accessKeys.push({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', status: 'Active', createDate: at });
  const vector = (method: string, rawQuery: string, signature: string): WireRequest => ({
    method,
    path: '/',
    rawQuery,
    headers: {
      host: 'example.amazonaws.com',
      'x-amz-date': '20150830T123600Z',
      authorization: `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=${signature}`,
    },
    body: new Uint8Array(0),
    sourceIp: '127.0.0.1',
    secureTransport: true,
  });

  it('verifies get-vanilla', async () => {
    expect(await failure(account, vector('GET', '', '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31'), 'service')).toBeUndefined();
  });

  it('verifies post-vanilla', async () => {
    expect(await failure(account, vector('POST', '', '5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b'), 'service')).toBeUndefined();
  });

  it('verifies get-vanilla-query-order-key-case (the query is sorted)', async () => {
    const request = vector('GET', 'Param2=value2&Param1=value1', 'b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500');
    expect(await failure(account, request, 'service')).toBeUndefined();
  });

  it('rejects get-vanilla with one signature digit changed', async () => {
    expect(await failure(account, vector('GET', '', '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf32'), 'service')).toEqual(BAD_SIGNATURE);
  });
});

describe('canonical URI', () => {
  it('normalises dot segments and encodes the path again for services other than S3', () => {
    expect(canonicalUri('/a/./b/../c', 'kms')).toBe('/a/c');
    expect(canonicalUri('/my%20file', 'kms')).toBe('/my%2520file');
    expect(canonicalUri('/dir/my%20file', 's3')).toBe('/dir/my%20file');
  });

  it('encodes the characters encodeURIComponent leaves alone', () => {
    expect(uriEncode("a!b'(c)*~")).toBe('a%21b%27%28c%29%2A~');
  });
});

describe('requests signed by @smithy/signature-v4', () => {
  it('verify, and name the access key', async () => {
    const result = await verifySigV4(await accountAt(SIGNED_AT), await signedKmsRequest(), 'kms');
    expect(result.ok && result.caller.accessKeyId).toBe('AKIAIOSFODNN7EXAMPLE');
  });

  it('fail when the body is changed after signing', async () => {
    const request = await signedKmsRequest({ body: '{"NumberOfBytes":8}' });
    expect(await failure(await accountAt(SIGNED_AT), { ...request, body: utf8('{"NumberOfBytes":9}') })).toEqual(BAD_SIGNATURE);
  });

  it('fail when a signed header is changed after signing', async () => {
    const request = await signedKmsRequest();
    const headers = { ...request.headers, 'x-amz-target': 'TrentService.Decrypt' };
    expect(await failure(await accountAt(SIGNED_AT), { ...request, headers })).toEqual(BAD_SIGNATURE);
  });

  it('fail when signed with the wrong secret', async () => {
    const request = await signedKmsRequest({ credentials: { ...ADMIN, secretAccessKey: 'not-the-secret' } });
    expect(await failure(await accountAt(SIGNED_AT), request)).toEqual(BAD_SIGNATURE);
  });

  it('fail with UnrecognizedClientException for an access key the account does not have', async () => {
    const request = await signedKmsRequest({ credentials: { accessKeyId: 'AKIAI44QH8DHBEXAMPLE', secretAccessKey: 'x' } });
    expect(await failure(await accountAt(SIGNED_AT), request)).toEqual({ code: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' });
  });

  it('fail as expired when the simulated clock is more than 5 minutes past the signing time', async () => {
    const request = await signedKmsRequest();
    expect(await failure(await accountAt(SIGNED_AT + 5 * MINUTE), request)).toBeUndefined();
    expect(await failure(await accountAt(SIGNED_AT + 10 * MINUTE), request)).toEqual({
      code: 'InvalidSignatureException',
      message: 'Signature expired: 20260115T090000Z is now earlier than 20260115T090500Z (20260115T091000Z - 5 min.)',
    });
  });

  it('fail as not yet current when signed more than 5 minutes ahead of the clock', async () => {
    expect(await failure(await accountAt(SIGNED_AT - 7 * MINUTE), await signedKmsRequest())).toEqual({
      code: 'InvalidSignatureException',
      message: 'Signature not yet current: 20260115T090000Z is still later than 20260115T085800Z (20260115T085300Z + 5 min.)',
    });
  });

  it('fail when scoped to another service', async () => {
    expect(await failure(await accountAt(SIGNED_AT), await signedKmsRequest({ service: 'sts' }))).toEqual({
      code: 'InvalidSignatureException',
      message: "Credential should be scoped to correct service: 'kms'. ",
    });
  });

  it('fail when the credential scope date is not the request date', async () => {
    const request = await signedKmsRequest();
    const authorization = (request.headers.authorization ?? '').replace('/20260115/', '/20260114/');
    expect(await failure(await accountAt(SIGNED_AT), { ...request, headers: { ...request.headers, authorization } })).toEqual({
      code: 'InvalidSignatureException',
      message: "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20260114' != '20260115', from '20260115T090000Z'.",
    });
  });

  it('fail with IncompleteSignatureException listing what the Authorization header lacks', async () => {
    const request = await signedKmsRequest();
    const headers = { ...request.headers, authorization: 'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260115/us-east-1/kms/aws4_request' };
    expect(await failure(await accountAt(SIGNED_AT), { ...request, headers })).toEqual({
      code: 'IncompleteSignatureException',
      message: "Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization=AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260115/us-east-1/kms/aws4_request",
    });
  });

  it('verify in the presigned query form', async () => {
    const signer = new SignatureV4({ service: 'kms', region: 'us-east-1', credentials: ADMIN, sha256: WebCryptoSha256, uriEscapePath: true });
    const presigned = await signer.presign(
      { method: 'GET', protocol: 'https:', hostname: 'kms.us-east-1.amazonaws.com', path: '/', query: { Action: 'ListKeys' }, headers: { host: 'kms.us-east-1.amazonaws.com' } },
      { signingDate: new Date(SIGNED_AT), expiresIn: 300 },
    );
    const rawQuery = Object.entries(presigned.query ?? {}).map(([k, v]) => `${uriEncode(k)}=${uriEncode(String(v))}`).join('&');
    const request: WireRequest = { method: 'GET', path: '/', rawQuery, headers: { host: 'kms.us-east-1.amazonaws.com' }, body: new Uint8Array(0), sourceIp: '127.0.0.1', secureTransport: true };
    expect(await failure(await accountAt(SIGNED_AT), request)).toBeUndefined();
    expect(await failure(await accountAt(SIGNED_AT), { ...request, rawQuery: rawQuery.replace('X-Amz-Expires=300', 'X-Amz-Expires=3000') })).toEqual(BAD_SIGNATURE);
  });
});
