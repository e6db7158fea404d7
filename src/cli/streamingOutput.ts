/**
 * The positional `outfile` of an operation with a streaming output (s3api get-object … out.txt),
 * as awscli/customizations/streamingoutput.py handles it: the streamed member is written to
 * the file and taken out of the response, and the rest is printed as usual.
 */
import type { Workspace } from './workspace.ts';

/** The SDK's streaming body: a mixin with transformToByteArray (or plain bytes). */
type StreamingBody = { transformToByteArray(): Promise<Uint8Array> };

const isStreamingBody = (value: unknown): value is StreamingBody =>
  typeof value === 'object' && value !== null && typeof (value as Partial<StreamingBody>).transformToByteArray === 'function';

async function bytesOf(body: unknown): Promise<Uint8Array> {
  if (body instanceof Uint8Array) return body;
  if (isStreamingBody(body)) return body.transformToByteArray();
  return typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array();
}

export async function saveStreamingOutput(output: Record<string, unknown>, member: string, outfile: string, workspace: Workspace): Promise<Record<string, unknown>> {
  // As the CLI does: no member in the response (an error answer) means there is nothing to save.
  if (!(member in output)) return output;
  workspace.write(outfile, await bytesOf(output[member]));
  const rest = { ...output };
  delete rest[member];
  return rest;
}
