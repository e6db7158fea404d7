/**
 * The object-URL service worker (built on its own to /s3-object-worker.js, scope /s3-objects/).
 * A browser tab that opens an object URL or a presigned URL gets exactly what the simulated S3
 * answers — the object, AccessDenied, the SigV4 InvalidArgument — from the lab tab's engine,
 * sandboxed so an uploaded page never runs as the lab. It holds no state of its own.
 */
import { noLabTabResponse } from './noLabTabResponse.ts';
import { isObjectUrl, relayRequestOf } from './relayRequestOf.ts';
import { relayToLabTab, type LabTabs } from './relayToLabTab.ts';
import { sandboxedResponse } from './sandboxedResponse.ts';

/** The parts of ServiceWorkerGlobalScope used here (the project's lib is DOM, not WebWorker). */
type ExtendableEvent = Event & { waitUntil(promise: Promise<unknown>): void };
type FetchEvent = ExtendableEvent & { readonly request: Request; respondWith(response: Promise<Response>): void };
type WorkerScope = {
  readonly location: Location;
  readonly clients: LabTabs & { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
};

const worker = self as unknown as WorkerScope;

async function answer(request: Request): Promise<Response> {
  const relayed = await relayToLabTab(worker.clients, await relayRequestOf(request));
  return relayed ? sandboxedResponse(relayed, request.method) : noLabTabResponse(request.method);
}

// A new version takes over at once: the worker is stateless, nothing is lost by switching.
worker.addEventListener('install', (event) => event.waitUntil(worker.skipWaiting()));
worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()));
worker.addEventListener('fetch', (event) => {
  if (!isObjectUrl(new URL(event.request.url), worker.location.origin)) return;
  event.respondWith(answer(event.request));
});
