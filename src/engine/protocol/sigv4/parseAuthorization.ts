/**
 * Reads the SigV4 claim a request makes — from the Authorization header or from presigned
 * query parameters — without judging whether it is true (verifySigV4.ts does that).
 * Failures carry the exact IncompleteSignatureException wording AWS's JSON services use.
 */
import { AwsError } from '../../errors.ts';
import { parseRawQuery } from './canonicalRequest.ts';

export const ALGORITHM = 'AWS4-HMAC-SHA256';

export type SigV4Claim = {
  readonly accessKeyId: string;
  /** The credential scope: yyyymmdd/region/service/aws4_request. */
  readonly scopeDate: string;
  readonly region: string;
  readonly service: string;
  readonly terminator: string;
  /** Lower-case header names in the order the client listed them. */
  readonly signedHeaders: readonly string[];
  readonly signature: string;
  /** The request time, yyyymmddThhmmssZ. */
  readonly amzDate: string;
  readonly securityToken?: string;
  /** Present only for presigned (query) requests: seconds the signature stays valid. */
  readonly expiresSeconds?: number;
  readonly presigned: boolean;
};

export type AuthParse = { kind: 'none' } | { kind: 'claim'; claim: SigV4Claim } | { kind: 'error'; error: AwsError };

const incomplete = (message: string, service: string) => ({ kind: 'error', error: new AwsError('IncompleteSignatureException', message, 400, service) }) as const;

function splitCredential(credential: string) {
  const [accessKeyId = '', scopeDate = '', region = '', service = '', terminator = ''] = credential.split('/');
  return { accessKeyId, scopeDate, region, service, terminator };
}

/** `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…` (spaces after commas optional). */
function parseHeader(header: string, headers: Readonly<Record<string, string>>, service: string): AuthParse {
  const space = header.indexOf(' ');
  const algorithm = space < 0 ? header : header.slice(0, space);
  const rest = space < 0 ? '' : header.slice(space + 1);
  const fields: Record<string, string> = {};
  if (algorithm === ALGORITHM) {
    for (const part of rest.split(',')) {
      const trimmed = part.trim();
      if (trimmed === '') continue;
      const eq = trimmed.indexOf('=');
      if (eq < 0) return incomplete(`'${trimmed}' not a valid key=value pair (missing equal-sign) in Authorization header: '${header}'.`, service);
      fields[trimmed.slice(0, eq)] = trimmed.slice(eq + 1);
    }
  }
  const amzDate = headers['x-amz-date'] ?? '';
  // AWS lists every missing piece in one message, then echoes the header.
  const missing = [
    fields.Credential === undefined ? "Authorization header requires 'Credential' parameter. " : '',
    fields.Signature === undefined ? "Authorization header requires 'Signature' parameter. " : '',
    fields.SignedHeaders === undefined ? "Authorization header requires 'SignedHeaders' parameter. " : '',
    amzDate === '' && headers.date === undefined ? "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. " : '',
  ].join('');
  if (missing !== '') return incomplete(`${missing}Authorization=${header}`, service);
  const credential = splitCredential(fields.Credential ?? '');
  const token = headers['x-amz-security-token'];
  return {
    kind: 'claim',
    claim: {
      ...credential,
      signedHeaders: (fields.SignedHeaders ?? '').split(';').filter((h) => h !== ''),
      signature: fields.Signature ?? '',
      amzDate,
      presigned: false,
      ...(token !== undefined ? { securityToken: token } : {}),
    },
  };
}

function parseQuery(params: ReadonlyMap<string, string>, service: string): AuthParse {
  const get = (name: string) => params.get(name);
  const required = ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Signature', 'X-Amz-SignedHeaders', 'X-Amz-Date'];
  const absent = required.filter((name) => get(name) === undefined);
  if (absent.length > 0) {
    return incomplete(absent.map((name) => `AWS query-string parameters must include '${name}'.`).join(' ') + ' Re-examine the query-string parameters.', service);
  }
  const expires = get('X-Amz-Expires');
  const token = get('X-Amz-Security-Token');
  return {
    kind: 'claim',
    claim: {
      ...splitCredential(get('X-Amz-Credential') ?? ''),
      signedHeaders: (get('X-Amz-SignedHeaders') ?? '').split(';').filter((h) => h !== ''),
      signature: get('X-Amz-Signature') ?? '',
      amzDate: get('X-Amz-Date') ?? '',
      presigned: true,
      ...(expires !== undefined ? { expiresSeconds: Number(expires) } : {}),
      ...(token !== undefined ? { securityToken: token } : {}),
    },
  };
}

/** `service` only labels the error; the claim's own scope names the service it was signed for. */
export function parseAuthorization(headers: Readonly<Record<string, string>>, rawQuery: string, service: string): AuthParse {
  const header = headers.authorization;
  if (header !== undefined) return parseHeader(header, headers, service);
  const params = new Map(parseRawQuery(rawQuery));
  if (params.has('X-Amz-Algorithm') || params.has('X-Amz-Credential') || params.has('X-Amz-Signature')) return parseQuery(params, service);
  return { kind: 'none' };
}
