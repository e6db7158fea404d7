/**
 * Tab completion for the terminal: shell commands first, then `aws` services, operations
 * and options — all from the service models, so completion knows what the CLI knows.
 */
import { loadServiceModel } from '../client/serviceModels.ts';
import { findOperation, cliOperations } from './argTable.ts';
import { GLOBAL_OPTION_NAMES } from './globalOptions.ts';
import { CLI_SERVICES, findService } from './services.ts';
import { S3_COMMANDS } from './s3/highLevelS3.ts';
import { COMMANDS } from './shell/commands/index.ts';

export type Completion = { readonly word: string; readonly candidates: readonly string[] };

const matching = (word: string, names: Iterable<string>) => [...names].filter((name) => name.startsWith(word)).sort();

/** Candidates for the last word of `line` (the text left of the cursor). */
export async function complete(line: string): Promise<Completion> {
  const stage = line.slice(line.lastIndexOf('|') + 1).trimStart();
  const words = stage.split(/\s+/);
  const word = words[words.length - 1] ?? '';
  const before = words.slice(0, -1);
  if (before.length === 0) return { word, candidates: matching(word, Object.keys(COMMANDS)) };
  if (before[0] !== 'aws') return { word, candidates: [] };
  const positional = before.slice(1).filter((w) => !w.startsWith('-'));
  if (positional[0] === 's3') return completeHighLevelS3(word, positional, before);
  if (word.startsWith('-')) {
    const service = findService(positional[0] ?? '');
    const operation = service && positional[1] ? findOperation(await loadServiceModel(service.model), positional[1]) : undefined;
    const options = [...(operation?.arguments.map((arg) => arg.option) ?? []), ...GLOBAL_OPTION_NAMES];
    return { word, candidates: matching(word, options.filter((option) => !before.includes(option))) };
  }
  if (positional.length === 0) return { word, candidates: matching(word, [...CLI_SERVICES.map((s) => s.cliName), 's3']) };
  const service = findService(positional[0]!);
  if (positional.length === 1 && service) {
    return { word, candidates: matching(word, cliOperations(await loadServiceModel(service.model)).map((op) => op.cliName)) };
  }
  return { word, candidates: [] };
}

/** `aws s3 …`: the high-level commands, then the chosen command's own options. */
function completeHighLevelS3(word: string, positional: readonly string[], before: readonly string[]): Completion {
  const command = positional[1] !== undefined && Object.hasOwn(S3_COMMANDS, positional[1]) ? S3_COMMANDS[positional[1]] : undefined;
  if (word.startsWith('-')) {
    const options = [...(command ? [...command.spec.flags, ...command.spec.withValue] : []), ...GLOBAL_OPTION_NAMES];
    return { word, candidates: matching(word, options.filter((option) => !before.includes(option))) };
  }
  return { word, candidates: positional.length === 1 ? matching(word, Object.keys(S3_COMMANDS)) : [] };
}

/** The longest prefix every candidate shares: what one Tab press can fill in. */
export function commonPrefix(candidates: readonly string[]): string {
  if (candidates.length === 0) return '';
  let prefix = candidates[0]!;
  for (const candidate of candidates) while (!candidate.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
