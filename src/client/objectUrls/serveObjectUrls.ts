/**
 * The lab tab's half of object URLs: the service worker posts each browser request here with
 * a MessagePort; the engine answers it through the client's wire door, exactly as for any
 * other HTTP caller, and the answer goes back on the port.
 */
import { isRelayRequest, type RelayResponse } from '../../shared/objectUrlRelay.ts';
import type { EngineClient } from '../engineClient.ts';
import { wireRequestOfRelay } from './wireRequestOfRelay.ts';

export async function answerRelay(client: EngineClient, data: unknown, userAgent: string): Promise<RelayResponse | undefined> {
  if (!isRelayRequest(data)) return undefined;
  const wire = await client.handleWire(wireRequestOfRelay(data, userAgent));
  // A copy the size of the body, so the whole buffer can be transferred, not cloned.
  const body = wire.body.slice().buffer as ArrayBuffer;
  return { type: 'kms-lab/s3-response', status: wire.status, headers: wire.headers, body };
}

/** Starts answering; returns the way to stop. */
export function serveObjectUrls(client: EngineClient, container: ServiceWorkerContainer, userAgent: string): () => void {
  const onMessage = (event: MessageEvent) => {
    const port = event.ports[0];
    if (!port) return;
    void answerRelay(client, event.data, userAgent).then((answer) => {
      if (answer) port.postMessage(answer, [answer.body]);
    });
  };
  container.addEventListener('message', onMessage);
  // Messages from the worker wait in a queue until the page says it is listening.
  container.startMessages();
  return () => container.removeEventListener('message', onMessage);
}
