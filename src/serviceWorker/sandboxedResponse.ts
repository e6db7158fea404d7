/**
 * What the worker answers: S3's status, headers and body, unchanged, plus two headers that
 * keep an uploaded object from acting as the lab. `sandbox` gives the document an opaque
 * origin with scripts off, so an HTML or SVG object cannot read the lab's IndexedDB (the
 * account, its HSM) or call the engine; `nosniff` stops the browser from guessing a
 * script-capable type for bytes S3 labelled otherwise.
 */
import type { RelayResponse } from '../shared/objectUrlRelay.ts';

export const SANDBOX_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': 'sandbox',
  'x-content-type-options': 'nosniff',
};

/** Statuses whose responses may not carry a body (the Response constructor throws otherwise). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

export function sandboxedResponse(answer: Pick<RelayResponse, 'status' | 'headers' | 'body'>, method: string): Response {
  const headers = new Headers(answer.headers);
  for (const [name, value] of Object.entries(SANDBOX_HEADERS)) headers.set(name, value);
  const body = method === 'HEAD' || NULL_BODY_STATUSES.has(answer.status) ? null : answer.body;
  return new Response(body, { status: answer.status, headers });
}
