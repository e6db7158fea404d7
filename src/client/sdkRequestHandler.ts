/**
 * A requestHandler for the real, unmodified @aws-sdk v3 clients that answers from the engine
 * in this process instead of the network — in the browser and in Node alike:
 *
 *   new KMSClient({ region, credentials, requestHandler: createSdkRequestHandler(account), maxAttempts: 1 })
 *
 * The SDK signs the request as it would for AWS, so the engine verifies SigV4 and answers
 * with AWS's wire shapes, and the SDK parses and raises its typed errors exactly as it would.
 */
import { HttpResponse, type HttpRequest } from '@smithy/protocol-http';
import { handleHttp, type Account, type WireRequest } from '../engine/index.ts';
import { formatRawQuery } from './formatRawQuery.ts';
import { readRequestBody } from './readRequestBody.ts';

export type SdkRequestHandlerOptions = {
  /** What CloudTrail shows as sourceIPAddress for these calls. */
  readonly sourceIp?: string;
};

export type SdkRequestHandler = {
  handle(request: HttpRequest, options?: { abortSignal?: { aborted: boolean } }): Promise<{ response: HttpResponse }>;
  updateHttpClientConfig(): void;
  httpHandlerConfigs(): Record<string, never>;
  destroy(): void;
};

const lowerCaseKeys = (headers: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), String(value)]));

function abortError(): Error {
  // The SDK recognises cancellation by this name, as with fetch.
  const error = new Error('Request aborted');
  error.name = 'AbortError';
  return error;
}

export async function toWireRequest(request: HttpRequest, sourceIp: string): Promise<WireRequest> {
  return {
    method: request.method,
    path: request.path || '/',
    rawQuery: formatRawQuery(request.query),
    headers: lowerCaseKeys(request.headers),
    body: await readRequestBody(request.body),
    sourceIp,
    secureTransport: request.protocol !== 'http:',
  };
}

/**
 * `account` may be a function: it is then asked at each request, so a handler kept by a long-lived
 * caller (an open terminal) follows the tab's account through a reset or an import.
 */
export function createSdkRequestHandler(account: Account | (() => Account), options: SdkRequestHandlerOptions = {}): SdkRequestHandler {
  const sourceIp = options.sourceIp ?? '127.0.0.1';
  const current = typeof account === 'function' ? account : () => account;
  return {
    async handle(request, handleOptions) {
      if (handleOptions?.abortSignal?.aborted) throw abortError();
      const wire = await handleHttp(current(), await toWireRequest(request, sourceIp));
      // Streaming payloads go to the SDK as a Blob: a bare Uint8Array fails its Node stream mixin (protocols.md §2).
      const body = wire.streaming ? new Blob([wire.body as BlobPart]) : wire.body;
      const response = new HttpResponse({ statusCode: wire.status, headers: lowerCaseKeys(wire.headers), body });
      return { response };
    },
    // The SDK calls these on handlers it configures; there is nothing here to configure.
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
    destroy() {},
  };
}
