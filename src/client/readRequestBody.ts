/**
 * Reads whatever body an @aws-sdk v3 client hands its requestHandler into bytes. The SDKs use
 * every shape over time and per platform (protocols.md §2): strings, Uint8Array subclasses
 * (JSON protocols send a JsonBytesStringAdapter, which warns when treated as a string), Blob,
 * web ReadableStream (whose aws-chunked encoder mixes string and byte chunks) and Node Readable.
 */
import { concatBytes, utf8 } from '../shared/bytes.ts';

type Chunk = string | Uint8Array | ArrayBuffer | ArrayBufferView;

function chunkBytes(chunk: Chunk): Uint8Array {
  if (typeof chunk === 'string') return utf8(chunk);
  // A plain view over the same memory, so no subclass method (toString …) is ever called.
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

const isReadableStream = (body: object): body is ReadableStream<Chunk> =>
  typeof (body as ReadableStream).getReader === 'function';

const isAsyncIterable = (body: object): body is AsyncIterable<Chunk> =>
  typeof (body as AsyncIterable<Chunk>)[Symbol.asyncIterator] === 'function';

async function readStream(stream: ReadableStream<Chunk>): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return concatBytes(...chunks);
    chunks.push(chunkBytes(value));
  }
}

async function readIterable(iterable: AsyncIterable<Chunk>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of iterable) chunks.push(chunkBytes(chunk));
  return concatBytes(...chunks);
}

export async function readRequestBody(body: unknown): Promise<Uint8Array> {
  if (body === undefined || body === null) return new Uint8Array();
  if (typeof body === 'string' || body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return chunkBytes(body);
  if (typeof Blob !== 'undefined' && body instanceof Blob) return new Uint8Array(await body.arrayBuffer());
  if (typeof body === 'object' && isReadableStream(body)) return readStream(body);
  // Node's stream.Readable is async-iterable; checking the shape keeps node:stream out of the browser bundle.
  if (typeof body === 'object' && isAsyncIterable(body)) return readIterable(body);
  throw new TypeError(`KMS Lab requestHandler: unsupported request body type ${Object.prototype.toString.call(body)}`);
}
