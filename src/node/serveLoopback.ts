/**
 * The engine over plain HTTP on 127.0.0.1, one port for every service, so the real AWS CLI,
 * boto3 and SDKs can use it with --endpoint-url. Each request becomes a WireRequest for the
 * engine's one wire door, handleHttp.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleHttp, type Account, type WireRequest } from '../engine/index.ts';

export type LoopbackServer = { readonly url: string; readonly port: number; close(): Promise<void> };

async function readBody(req: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const all = Buffer.concat(chunks);
  return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
}

export async function toWireRequest(req: IncomingMessage): Promise<WireRequest> {
  const url = req.url ?? '/';
  const at = url.indexOf('?');
  // Node already lower-cases header names; only set-cookie can repeat as an array.
  const headers = Object.fromEntries(
    Object.entries(req.headers).flatMap(([name, value]) => (value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value]])),
  );
  return {
    method: req.method ?? 'GET',
    path: at < 0 ? url : url.slice(0, at),
    rawQuery: at < 0 ? '' : url.slice(at + 1),
    headers,
    body: await readBody(req),
    // CloudTrail shows the IPv4 address, not Node's IPv4-mapped IPv6 form.
    sourceIp: (req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
    secureTransport: false,
  };
}

async function answer(account: Account, req: IncomingMessage, res: ServerResponse) {
  try {
    const response = await handleHttp(account, await toWireRequest(req));
    // A HEAD answer keeps the Content-Length of what a GET would send (S3 HeadObject); it has no body.
    const length = req.method === 'HEAD' ? (response.headers['content-length'] ?? '0') : String(response.body.byteLength);
    res.writeHead(response.status, { ...response.headers, 'content-length': length });
    res.end(response.body);
  } catch (error) {
    // handleHttp never throws; this is a broken connection or a bug, and the client should still hear back.
    console.error('[endpoint] request failed', error);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  }
}

export function serveLoopback(account: Account, port: number): Promise<LoopbackServer> {
  const server: Server = createServer((req, res) => void answer(account, req, res));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const actual = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${actual}`,
        port: actual,
        close: () => new Promise((done) => {
          server.close(() => done());
          server.closeAllConnections();
        }),
      });
    });
  });
}
