/**
 * A relayed browser request as S3 would receive it: path style at s3.us-east-1.amazonaws.com
 * (objectUrlRelay.ts), over HTTPS, from the learner's own machine.
 */
import { S3_WIRE_HOST, type RelayRequest } from '../../shared/objectUrlRelay.ts';
import type { WireRequest } from '../engineClient.ts';

/** Where CloudTrail says a browser tab's request came from: the learner's machine. */
export const BROWSER_SOURCE_IP = '127.0.0.1';

export function wireRequestOfRelay(relay: RelayRequest, userAgent: string): WireRequest {
  return {
    method: relay.method,
    path: relay.path === '' ? '/' : relay.path,
    rawQuery: relay.rawQuery,
    // A service worker does not see the User-Agent the tab sent; it is this browser's all the same.
    headers: { 'user-agent': userAgent, ...relay.headers, host: S3_WIRE_HOST },
    body: new Uint8Array(relay.body),
    sourceIp: BROWSER_SOURCE_IP,
    secureTransport: true,
  };
}
