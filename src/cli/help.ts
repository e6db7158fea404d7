/**
 * `aws help`, `aws <service> help` and `aws <service> <operation> help`, summarised from the
 * models in the layout of the CLI's man pages (NAME, SYNOPSIS, OPTIONS, AVAILABLE COMMANDS).
 * The generated models carry no documentation strings, so descriptions are left out.
 */
import type { ServiceModel, Shape } from '../client/serviceModels.ts';
import type { CliArgument, CliOperation } from './argTable.ts';
import { CLI_SERVICES } from './services.ts';

const INDENT = '       ';

export function topLevelHelp(): string {
  return [
    'AWS()', '', 'NAME', `${INDENT}aws -`, '', 'SYNOPSIS', `${INDENT}aws [options] <command> <subcommand> [parameters]`, '',
    'AVAILABLE SERVICES', ...CLI_SERVICES.map((s) => `${INDENT}o ${s.cliName}`), '',
  ].join('\n');
}

export function serviceHelp(cliName: string, operations: readonly CliOperation[]): string {
  return [`${cliName.toUpperCase()}()`, '', 'NAME', `${INDENT}${cliName} -`, '', 'AVAILABLE COMMANDS', ...operations.map((op) => `${INDENT}o ${op.cliName}`), ''].join('\n');
}

function typeName(model: ServiceModel, shape: Shape): string {
  if (shape.type === 'list') {
    const member = shape.member ? model.shapes[shape.member.shape] : undefined;
    return `list${member && member.type === 'structure' ? '' : ''}`;
  }
  return shape.type;
}

const synopsisLine = (arg: CliArgument) => {
  const usage = arg.shape.type === 'boolean' ? `${arg.option} | --no-${arg.option.slice(2)}` : `${arg.option} <value>`;
  return arg.required ? usage : `[${usage}]`;
};

export function operationHelp(model: ServiceModel, operation: CliOperation): string {
  const options = operation.arguments.flatMap((arg) => {
    const lines = [`${INDENT}${arg.option} (${typeName(model, arg.shape)})${arg.required ? '' : ''}`];
    if (arg.shape.enum) lines.push('', `${INDENT}   Possible values:`, '', ...arg.shape.enum.map((value) => `${INDENT}   o ${value}`));
    if (arg.shape.type === 'structure' && arg.shape.members) {
      lines.push('', `${INDENT}   Shorthand Syntax:`, '', `${INDENT}      ${Object.keys(arg.shape.members).map((m) => `${m}=value`).join(',')}`);
    }
    return [...lines, ''];
  });
  return [
    `${operation.cliName.toUpperCase()}()`, '', 'NAME', `${INDENT}${operation.cliName} -`, '', 'SYNOPSIS',
    `${INDENT}  ${operation.cliName}`, ...operation.arguments.map((arg) => `${INDENT}${synopsisLine(arg)}`), '',
    'OPTIONS', ...options,
  ].join('\n');
}
