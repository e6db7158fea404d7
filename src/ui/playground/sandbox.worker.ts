/**
 * The SDK playground's sandbox: a dedicated Web Worker (no DOM) with the real @aws-sdk v3
 * clients. Every client's requestHandler posts the signed request to the page, which answers
 * it through the engine; before the learner's code runs, the worker's other ways out —
 * network, storage (the account lives in IndexedDB), other workers — are removed.
 * The page stops a run by terminating the worker, so an endless loop cannot hang the page.
 */
import * as cloudtrail from '@aws-sdk/client-cloudtrail';
import * as iam from '@aws-sdk/client-iam';
import * as kms from '@aws-sdk/client-kms';
import * as s3 from '@aws-sdk/client-s3';
import * as sts from '@aws-sdk/client-sts';
import { HttpResponse, type HttpRequest } from '@smithy/protocol-http';
import { readRequestBody } from '../../client/readRequestBody.ts';
import { formatLogArgs } from './formatLogArgs.ts';
import { rewriteImports } from './rewriteImports.ts';
import type { Credentials, LogLevel, PageToSandbox, SandboxToPage, WireHttpResponse } from './sandboxProtocol.ts';

const post = (message: SandboxToPage) => self.postMessage(message);
const pending = new Map<number, (response: WireHttpResponse) => void>();
let lastId = 0;

const requestHandler = {
  async handle(request: HttpRequest) {
    const id = ++lastId;
    const { method, protocol, hostname, port, path, query, headers } = request;
    const body = await readRequestBody(request.body);
    const answer = new Promise<WireHttpResponse>((resolve) => pending.set(id, resolve));
    post({ type: 'request', id, request: { method, protocol, hostname, ...(port ? { port } : {}), path, query, headers, body } });
    const wire = await answer;
    const responseBody = wire.streaming ? new Blob([wire.body as BlobPart]) : wire.body;
    return { response: new HttpResponse({ statusCode: wire.statusCode, headers: { ...wire.headers }, body: responseBody }) };
  },
  updateHttpClientConfig() {},
  httpHandlerConfigs: () => ({}),
  destroy() {},
};

type ClientClass = new (config?: Record<string, unknown>) => object;

/** Each `…Client` gets the lab's region and credentials by default, and only ever this handler. */
function withSandboxDefaults(module: Record<string, unknown>, region: string, credentials: Credentials): Record<string, unknown> {
  const wrapped: Record<string, unknown> = { ...module };
  for (const [name, value] of Object.entries(module)) {
    if (!name.endsWith('Client') || typeof value !== 'function') continue;
    const Base = value as ClientClass;
    wrapped[name] = class extends Base {
      constructor(config: Record<string, unknown> = {}) {
        super({ region, credentials, ...config, requestHandler, maxAttempts: 1 });
      }
    };
    Object.defineProperty(wrapped[name], 'name', { value: name });
  }
  return wrapped;
}

const BLOCKED = [
  'fetch', 'XMLHttpRequest', 'WebSocket', 'WebSocketStream', 'EventSource', 'WebTransport', 'indexedDB', 'caches', 'importScripts',
  'BroadcastChannel', 'Worker', 'SharedWorker', 'FileSystemHandle', 'StorageManager', 'Request',
];

/** Removes the ways out from the global and its prototypes, so no getter can be fetched back. */
function lockDown(): void {
  for (let scope: object | null = self; scope; scope = Object.getPrototypeOf(scope)) {
    for (const name of BLOCKED) if (Object.hasOwn(scope, name)) Reflect.deleteProperty(scope, name);
  }
  for (const name of BLOCKED) Object.defineProperty(self, name, { value: undefined, writable: false, configurable: false });
  const nav = self.navigator as unknown as Record<string, unknown>;
  for (const name of ['storage', 'locks', 'serviceWorker']) Object.defineProperty(nav, name, { value: undefined, configurable: false });
}

function sandboxConsole() {
  const say = (level: LogLevel) => (...args: unknown[]) => post({ type: 'log', level, text: formatLogArgs(args) });
  return { log: say('log'), info: say('info'), debug: say('log'), warn: say('warn'), error: say('error'), table: say('log'), dir: say('log') };
}

async function run(code: string, region: string, credentials: Credentials): Promise<void> {
  const modules = Object.fromEntries(
    ([['@aws-sdk/client-kms', kms], ['@aws-sdk/client-s3', s3], ['@aws-sdk/client-iam', iam], ['@aws-sdk/client-sts', sts], ['@aws-sdk/client-cloudtrail', cloudtrail]] as const)
      .map(([name, module]) => [name, withSandboxDefaults(module as unknown as Record<string, unknown>, region, credentials)]),
  );
  lockDown();
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<unknown>;
  try {
    await new AsyncFunction('__modules', 'console', rewriteImports(code))(modules, sandboxConsole());
    post({ type: 'done', ok: true });
  } catch (error) {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : formatLogArgs([error]);
    post({ type: 'done', ok: false, error: text });
  }
}

self.onmessage = (event: MessageEvent<PageToSandbox>) => {
  const message = event.data;
  if (message.type === 'response') pending.get(message.id)?.(message.response);
  else if (message.type === 'run') void run(message.code, message.region, message.credentials);
};
