/**
 * Sends one operation through the real @aws-sdk v3 client, exactly as SDK code would: the
 * request is SigV4-signed with the profile's key and handed to the in-process
 * requestHandler, so it crosses the wire protocol into the engine. Service errors come back
 * as the SDK's typed exceptions and are printed in the CLI's words.
 */
import { CliError, EXIT, serviceError } from './cliErrors.ts';
import type { Credentials } from './profiles.ts';
import type { CliService } from './services.ts';
import { cliUserAgent, useCliUserAgent } from './userAgent.ts';

/** The narrow part of the SDK's requestHandler contract the CLI passes along. */
export type RequestHandler = { handle(request: never, options?: never): Promise<unknown> };

export type Invocation = {
  readonly service: CliService;
  readonly operation: string;
  readonly cliOperation: string;
  readonly input: Record<string, unknown>;
  readonly region: string;
  readonly credentials: Credentials;
  readonly requestHandler: RequestHandler;
  /** The command group in the user agent when it is not the service's (`aws s3 cp` sends command/s3.cp). */
  readonly userAgentService?: string;
};

type SdkClient = { send(command: unknown): Promise<unknown>; middlewareStack: Parameters<typeof useCliUserAgent>[0]; destroy(): void };
type Constructor<T> = new (arg: unknown) => T;

const isServiceError = (error: unknown): error is Error & { $fault: string; $metadata: unknown } =>
  error instanceof Error && '$metadata' in error && '$fault' in error;

export async function invokeOperation(call: Invocation): Promise<unknown> {
  const sdk = await call.service.loadSdk();
  const Client = sdk[call.service.clientClass] as Constructor<SdkClient>;
  const Command = sdk[`${call.operation}Command`] as Constructor<unknown> | undefined;
  if (!Command) throw new CliError(`\nThe ${call.operation} operation is not available in this lab's SDK.\n`, EXIT.other);
  const client = new Client({ region: call.region, credentials: call.credentials, requestHandler: call.requestHandler, maxAttempts: 1 });
  useCliUserAgent(client.middlewareStack, cliUserAgent(call.userAgentService ?? call.service.cliName, call.cliOperation));
  try {
    return await client.send(new Command(call.input));
  } catch (error) {
    if (isServiceError(error)) throw serviceError(error.name, call.operation, error.message);
    // botocore's parameter validation happens before sending; the SDK's is lighter, so a
    // value the SDK refuses to serialize is reported like the CLI's ParamValidationError.
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`\nParameter validation failed:\n${message}\n`, EXIT.usage);
  } finally {
    client.destroy();
  }
}
