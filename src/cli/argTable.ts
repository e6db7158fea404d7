/**
 * An operation's arguments, derived from its input shape the way the AWS CLI derives them:
 * every member becomes `--kebab-name`; required members are required options.
 */
import type { Operation, ServiceModel, Shape } from '../client/serviceModels.ts';
import { kebabCase } from './kebabCase.ts';

export type CliArgument = {
  /** `--key-id` */
  readonly option: string;
  /** `KeyId`, the SDK input member. */
  readonly member: string;
  readonly shapeName: string;
  readonly shape: Shape;
  readonly required: boolean;
};

export type CliOperation = {
  readonly name: string;
  readonly cliName: string;
  readonly arguments: readonly CliArgument[];
};

export function operationArguments(model: ServiceModel, operation: Operation): CliArgument[] {
  const inputName = operation.input?.shape;
  const input = inputName ? model.shapes[inputName] : undefined;
  if (!input?.members) return [];
  const required = new Set(input.required ?? []);
  return Object.entries(input.members).flatMap(([member, ref]) => {
    const shape = model.shapes[ref.shape];
    return shape ? [{ option: `--${kebabCase(member)}`, member, shapeName: ref.shape, shape, required: required.has(member) }] : [];
  });
}

export function cliOperations(model: ServiceModel): CliOperation[] {
  return Object.values(model.operations)
    .map((operation) => ({ name: operation.name, cliName: kebabCase(operation.name), arguments: operationArguments(model, operation) }))
    .sort((a, b) => (a.cliName < b.cliName ? -1 : 1));
}

export const findOperation = (model: ServiceModel, cliName: string): CliOperation | undefined =>
  cliOperations(model).find((op) => op.cliName === cliName);
