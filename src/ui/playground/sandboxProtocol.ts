/**
 * The messages between the page and the SDK sandbox worker. The worker's only way into the
 * page is `request`: a signed HTTP request that the page answers through the engine's
 * requestHandler, exactly as the network would answer it from AWS.
 */
export type WireHttpRequest = {
  readonly method: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly port?: number;
  readonly path: string;
  readonly query: Readonly<Record<string, string | readonly string[] | null>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
};

export type WireHttpResponse = {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
  /** S3 object bodies reach the SDK as a Blob, as fetch would give them. */
  readonly streaming: boolean;
};

export type Credentials = { readonly accessKeyId: string; readonly secretAccessKey: string; readonly sessionToken?: string };

export type PageToSandbox =
  | { readonly type: 'run'; readonly code: string; readonly region: string; readonly credentials: Credentials }
  | { readonly type: 'response'; readonly id: number; readonly response: WireHttpResponse };

export type LogLevel = 'log' | 'info' | 'warn' | 'error';

export type SandboxToPage =
  | { readonly type: 'request'; readonly id: number; readonly request: WireHttpRequest }
  | { readonly type: 'log'; readonly level: LogLevel; readonly text: string }
  | { readonly type: 'done'; readonly ok: true }
  | { readonly type: 'done'; readonly ok: false; readonly error: string };

/** The page trusts nothing from the worker: anything but these shapes is ignored. */
export function isSandboxMessage(data: unknown): data is SandboxToPage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  switch (message.type) {
    case 'request':
      return typeof message.id === 'number' && typeof message.request === 'object' && message.request !== null
        && (message.request as { body?: unknown }).body instanceof Uint8Array;
    case 'log':
      return typeof message.text === 'string';
    case 'done':
      return typeof message.ok === 'boolean';
    default:
      return false;
  }
}
