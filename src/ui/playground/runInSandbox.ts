/**
 * Runs learner code in a fresh sandbox worker: answers its signed requests through the
 * engine's requestHandler, passes its console output on, and terminates it when it finishes,
 * when the learner stops it, or when the time limit passes (an endless loop included: the
 * loop blocks only the worker's thread, never the page's).
 */
import { HttpRequest } from '@smithy/protocol-http';
import type { SdkRequestHandler } from '../../client/sdkRequestHandler.ts';
import SandboxWorker from './sandbox.worker.ts?worker';
import { isSandboxMessage, type Credentials, type LogLevel, type PageToSandbox, type WireHttpRequest, type WireHttpResponse } from './sandboxProtocol.ts';

export type RunOutcome =
  | { readonly kind: 'finished'; readonly ms: number }
  | { readonly kind: 'failed'; readonly error: string }
  | { readonly kind: 'timedOut'; readonly seconds: number }
  | { readonly kind: 'stopped' };

export type SandboxRun = { readonly outcome: Promise<RunOutcome>; stop(): void };

export type RunOptions = {
  readonly code: string;
  readonly region: string;
  readonly credentials: Credentials;
  readonly handler: SdkRequestHandler;
  readonly timeLimitMs: number;
  readonly onLog: (level: LogLevel, text: string) => void;
};

async function bytesOf(body: unknown): Promise<{ body: Uint8Array; streaming: boolean }> {
  if (body instanceof Blob) return { body: new Uint8Array(await body.arrayBuffer()), streaming: true };
  if (body instanceof Uint8Array) return { body, streaming: false };
  return { body: new TextEncoder().encode(typeof body === 'string' ? body : ''), streaming: false };
}

async function answer(handler: SdkRequestHandler, request: WireHttpRequest): Promise<WireHttpResponse> {
  const { response } = await handler.handle(new HttpRequest({ ...request, query: { ...request.query } as HttpRequest['query'], headers: { ...request.headers } }));
  return { statusCode: response.statusCode, headers: { ...response.headers }, ...(await bytesOf(response.body)) };
}

export function runInSandbox({ code, region, credentials, handler, timeLimitMs, onLog }: RunOptions): SandboxRun {
  const worker = new SandboxWorker({ name: 'sdk-playground' });
  const started = performance.now();
  let settle: (outcome: RunOutcome) => void = () => {};
  const outcome = new Promise<RunOutcome>((resolve) => {
    settle = (result) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
      settle = () => {};
    };
  });
  const timer = setTimeout(() => settle({ kind: 'timedOut', seconds: Math.round(timeLimitMs / 1000) }), timeLimitMs);
  const send = (message: PageToSandbox, transfer: Transferable[] = []) => worker.postMessage(message, transfer);

  worker.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isSandboxMessage(message)) return;
    if (message.type === 'log') onLog(message.level, message.text);
    else if (message.type === 'done') settle(message.ok ? { kind: 'finished', ms: Math.round(performance.now() - started) } : { kind: 'failed', error: message.error });
    else {
      answer(handler, message.request).then(
        (response) => send({ type: 'response', id: message.id, response }),
        (error: unknown) => settle({ kind: 'failed', error: String(error) }),
      );
    }
  };
  worker.onerror = (event) => settle({ kind: 'failed', error: event.message || 'The sandbox could not start.' });
  send({ type: 'run', code, region, credentials });
  return { outcome, stop: () => settle({ kind: 'stopped' }) };
}
