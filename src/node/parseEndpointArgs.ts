/** The loopback endpoint's command line: `--port N [--state FILE]`. */
export type EndpointArgs = { readonly port: number; readonly stateFile?: string };

export const ENDPOINT_USAGE = 'usage: npm run endpoint -- --port N [--state FILE]   (port 0 picks a free port)';

export function parseEndpointArgs(argv: readonly string[]): { ok: true; value: EndpointArgs } | { ok: false; error: string } {
  let port: number | undefined;
  let stateFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    if (flag === '--port') {
      port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) return { ok: false, error: `--port must be 0–65535, got '${value ?? ''}'` };
    } else if (flag === '--state') {
      if (!value) return { ok: false, error: '--state needs a file name' };
      stateFile = value;
    } else {
      return { ok: false, error: `unknown argument '${argv[i]}'` };
    }
  }
  if (port === undefined) return { ok: false, error: '--port is required' };
  return { ok: true, value: stateFile === undefined ? { port } : { port, stateFile } };
}
