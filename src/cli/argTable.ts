/**
 * An operation's arguments, derived from its input shape the way the AWS CLI derives them:
 * every member becomes `--kebab-name`; required members are required options.
 */
import type { Operation, ServiceModel, Shape, ShapeRef } from '../client/serviceModels.ts';
import { kebabCase } from './kebabCase.ts';

/** The compact models keep botocore's `streaming` flag on the member reference. */
type MemberRef = ShapeRef & { readonly streaming?: boolean };
const isStreaming = (ref: MemberRef, shape: Shape | undefined) => shape?.type === 'blob' && Boolean(ref.streaming || shape.streaming);

export type CliArgument = {
  /** `--key-id` */
  readonly option: string;
  /** `KeyId`, the SDK input member. */
  readonly member: string;
  readonly shapeName: string;
  readonly shape: Shape;
  readonly required: boolean;
  /** A streaming blob (s3api put-object --body): the CLI takes a file path, never base64. */
  readonly streaming: boolean;
};

export type CliOperation = {
  readonly name: string;
  readonly cliName: string;
  readonly arguments: readonly CliArgument[];
  /**
   * The output member streamed to a file (GetObject's Body): such operations take the
   * required positional `outfile` (awscli/customizations/streamingoutput.py).
   */
  readonly streamingOutput?: string;
};

export function operationArguments(model: ServiceModel, operation: Operation): CliArgument[] {
  const inputName = operation.input?.shape;
  const input = inputName ? model.shapes[inputName] : undefined;
  if (!input?.members) return [];
  const required = new Set(input.required ?? []);
  return Object.entries(input.members).flatMap(([member, ref]) => {
    const shape = model.shapes[ref.shape];
    return shape ? [{ option: `--${kebabCase(member)}`, member, shapeName: ref.shape, shape, required: required.has(member), streaming: isStreaming(ref, shape) }] : [];
  });
}

/** The payload member of a streaming output, as botocore's has_streaming_output finds it. */
function streamingOutput(model: ServiceModel, operation: Operation): string | undefined {
  const output = operation.output ? model.shapes[operation.output.shape] : undefined;
  const payload = output?.payload ? output.members?.[output.payload] : undefined;
  return payload && isStreaming(payload, model.shapes[payload.shape]) ? output?.payload : undefined;
}

export function cliOperations(model: ServiceModel): CliOperation[] {
  return Object.values(model.operations)
    .map((operation) => ({
      name: operation.name,
      cliName: kebabCase(operation.name),
      arguments: operationArguments(model, operation),
      streamingOutput: streamingOutput(model, operation),
    }))
    .sort((a, b) => (a.cliName < b.cliName ? -1 : 1));
}

export const findOperation = (model: ServiceModel, cliName: string): CliOperation | undefined =>
  cliOperations(model).find((op) => op.cliName === cliName);
