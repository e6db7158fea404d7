import type { CallSource } from '../operation.ts';
import type { WireRequest } from './wire.ts';

/** Who called, as CloudTrail shows it. Browsers may not set User-Agent on fetch; the SDK's own header stands in (protocols.md §5). */
export const callSourceOf = (request: WireRequest): CallSource => ({
  sourceIp: request.sourceIp,
  userAgent: request.headers['user-agent'] ?? request.headers['x-amz-user-agent'] ?? '',
  secureTransport: request.secureTransport,
});
