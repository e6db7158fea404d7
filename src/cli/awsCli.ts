/**
 * `aws …`: the simulated AWS CLI v2. Global options out, then `<service> <operation>`
 * looked up in the service model, parameters parsed from the model, the call sent through
 * the real SDK client, and the response printed as the CLI prints it.
 */
import { loadPaginators, loadServiceModel } from '../client/serviceModels.ts';
import { cliOperations } from './argTable.ts';
import { argparseError, CliError, EXIT } from './cliErrors.ts';
import { takeGlobalOptions } from './globalOptions.ts';
import { operationHelp, serviceHelp, topLevelHelp } from './help.ts';
import { invokeOperation, type RequestHandler } from './invokeOperation.ts';
import { formatOutput } from './output/formatOutput.ts';
import { toCliValue } from './output/toCliValue.ts';
import { runHighLevelS3 } from './s3/highLevelS3.ts';
import { paginate } from './paginate.ts';
import { takePagingOptions } from './pagingOptions.ts';
import { parseCommand } from './parseOperationArgs.ts';
import { DEFAULT_PROFILE, type ProfileSource } from './profiles.ts';
import { profileCredentials } from './roleProfile.ts';
import { CLI_SERVICES, findService } from './services.ts';
import { saveStreamingOutput } from './streamingOutput.ts';
import { cliUserAgent } from './userAgent.ts';
import type { Workspace } from './workspace.ts';

export type AwsCliEnv = {
  readonly requestHandler: RequestHandler;
  readonly profiles: ProfileSource;
  readonly workspace: Workspace;
  readonly defaultRegion: string;
  /** Columns of the terminal, for --output table. */
  readonly terminalWidth?: number;
};

export type CliResult = { stdout: string; stderr: string; exitCode: number };

const invalidChoice = (argument: string, choices: readonly string[]) =>
  argparseError(`argument ${argument}: Invalid choice, valid choices are:\n\n${choices.join('\n')}\n`);

/** `aws configure list-profiles`: one profile name a line; the lab has no other configure subcommand. */
function configure(subcommand: string | undefined, env: AwsCliEnv): string {
  if (subcommand === undefined) throw argparseError('the following arguments are required: subcommand');
  if (subcommand !== 'list-profiles') throw invalidChoice('subcommand', ['list-profiles']);
  return env.profiles.names().map((name) => `${name}\n`).join('');
}

async function run(words: readonly string[], env: AwsCliEnv): Promise<string> {
  const { options, rest } = takeGlobalOptions(words);
  if (options.version) return `${cliUserAgent('', '').replace(/ command\/\.$/, '')}\n`;
  const [serviceName, operationName, ...params] = rest;
  if (serviceName === undefined) throw argparseError('the following arguments are required: command');
  if (serviceName === 'help') return topLevelHelp();
  if (serviceName === 'configure') return configure(operationName, env);
  const service = findService(serviceName);
  if (!service) throw invalidChoice('command', [...CLI_SERVICES.map((s) => s.cliName), 's3'].sort());
  const model = await loadServiceModel(service.model);
  const operations = cliOperations(model);
  if (operationName === undefined) throw argparseError('the following arguments are required: operation');
  if (operationName === 'help') return serviceHelp(service.cliName, operations);
  const operation = operations.find((op) => op.cliName === operationName);
  if (!operation) throw invalidChoice('operation', operations.map((op) => op.cliName));
  if (params[0] === 'help') return operationHelp(model, operation);

  const paginator = (await loadPaginators(service.model))[operation.name];
  const { paging, rest: operationParams } = paginator ? takePagingOptions(params) : { paging: {}, rest: params };
  const { input, outfile } = parseCommand(operation, operationParams, { model, workspace: env.workspace, binaryFormat: options.binaryFormat });
  const region = options.region ?? env.defaultRegion;
  const credentials = await profileCredentials(options.profile ?? DEFAULT_PROFILE, {
    profiles: env.profiles, requestHandler: env.requestHandler, region, userAgentService: service.cliName, cliOperation: operation.cliName,
  });
  const send = (pageInput: Record<string, unknown>) => invokeOperation({
    service, operation: operation.name, cliOperation: operation.cliName, input: pageInput, region, credentials, requestHandler: env.requestHandler,
  }) as Promise<Record<string, unknown>>;
  const response = paginator && !words.includes('--no-paginate') ? await paginate(send, input, paginator, paging) : await send(input);
  const output = operation.streamingOutput && outfile !== undefined
    ? await saveStreamingOutput(response, operation.streamingOutput, outfile, env.workspace)
    : response;
  return formatOutput(toCliValue(output) ?? {}, { operation: operation.name, output: options.output, query: options.query, terminalWidth: env.terminalWidth });
}

export async function runAws(words: readonly string[], env: AwsCliEnv): Promise<CliResult> {
  try {
    const { options, rest } = takeGlobalOptions(words);
    if (rest[0] === 's3' && !options.version) return await runHighLevelS3(rest.slice(1), options, env);
    return { stdout: await run(words, env), stderr: '', exitCode: EXIT.ok };
  } catch (error) {
    if (error instanceof CliError) return { stdout: '', stderr: error.stderr, exitCode: error.exitCode };
    return { stdout: '', stderr: `\n${error instanceof Error ? error.message : String(error)}\n`, exitCode: EXIT.other };
  }
}
