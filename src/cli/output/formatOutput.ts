/**
 * A response as the CLI prints it: --query (JMESPath) first, then the --output format.
 */
import jmespath from 'jmespath';
import { plainUsageError } from '../cliErrors.ts';
import type { OutputFormat } from '../globalOptions.ts';
import { formatJson } from './formatJson.ts';
import { formatTable } from './formatTable.ts';
import { formatText } from './formatText.ts';
import { formatYaml } from './formatYaml.ts';
import type { CliValue } from './toCliValue.ts';

export type FormatRequest = { operation: string; output: OutputFormat; query?: string; terminalWidth?: number };

export function applyQuery(value: CliValue, query: string | undefined): CliValue {
  if (query === undefined) return value;
  try {
    return (jmespath.search(value, query) as CliValue | undefined) ?? null;
  } catch (error) {
    throw plainUsageError(`Bad value for --query ${query}: ${(error as Error).message}`);
  }
}

export function formatOutput(response: CliValue, request: FormatRequest): string {
  const value = applyQuery(response, request.query);
  switch (request.output) {
    case 'off':
      return '';
    case 'text':
      return formatText(value);
    case 'table':
      return formatTable(request.operation, value, request.terminalWidth);
    case 'yaml':
    case 'yaml-stream':
      return formatYaml(value);
    case 'json':
      return formatJson(value, request.query !== undefined);
  }
}
