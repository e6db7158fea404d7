/**
 * Turns the text after an option into the SDK input value the model asks for, as the AWS
 * CLI v2 does: file:// (text) and fileb:// (bytes) from the workspace, blobs as base64 by
 * default (`--cli-binary-format raw-in-base64-out` takes text), JSON or shorthand for
 * structures, maps and lists, numbers, booleans and timestamps.
 */
import type { ServiceModel, Shape, ShapeRef } from '../client/serviceModels.ts';
import { fromBase64, fromUtf8, utf8 } from '../shared/bytes.ts';
import { paramError, plainUsageError } from './cliErrors.ts';
import { parseShorthand, ShorthandError, type ShorthandValue } from './shorthand.ts';
import type { Workspace } from './workspace.ts';

export type BinaryFormat = 'base64' | 'raw-in-base64-out';

export type ParamContext = {
  readonly model: ServiceModel;
  readonly workspace: Workspace;
  readonly binaryFormat: BinaryFormat;
};

type Raw = string | Uint8Array;

/** file:// and fileb:// as the CLI reads them (awscli/paramfile.py). */
export function readParamFile(option: string, text: string, workspace: Workspace): Raw {
  const match = /^(fileb?):\/\/(.*)$/s.exec(text);
  if (!match) return text;
  const [, scheme, path] = match as unknown as [string, string, string];
  const bytes = workspace.read(path);
  if (bytes === undefined) {
    throw paramError(option, `Unable to load paramfile ${text}: [Errno 2] No such file or directory: '${path}'`);
  }
  return scheme === 'fileb' ? bytes : fromUtf8(bytes);
}

const shapeOf = (model: ServiceModel, ref: ShapeRef | undefined): Shape => {
  const shape = ref ? model.shapes[ref.shape] : undefined;
  if (!shape) throw new Error(`model has no shape ${ref?.shape}`);
  return shape;
};

function blobValue(raw: Raw, ctx: ParamContext): Uint8Array {
  if (typeof raw !== 'string') return raw;
  if (ctx.binaryFormat === 'raw-in-base64-out') return utf8(raw);
  const bytes = fromBase64(raw.trim());
  // awscli/paramfile.py & argprocess: v2 refuses text that is not base64 for a blob.
  if (!bytes) throw plainUsageError(`Invalid base64: "${raw}"`);
  return bytes;
}

function scalarValue(option: string, shape: Shape, text: string): unknown {
  switch (shape.type) {
    case 'integer':
    case 'long': {
      if (!/^-?\d+$/.test(text.trim())) throw paramError(option, `invalid literal for int() with base 10: '${text}'`);
      return Number(text);
    }
    case 'double':
    case 'float':
      return Number(text);
    case 'boolean':
      return text.toLowerCase() === 'true';
    case 'timestamp': {
      const date = /^\d+(\.\d+)?$/.test(text) ? new Date(Number(text) * 1000) : new Date(text);
      if (Number.isNaN(date.getTime())) throw paramError(option, `Invalid timestamp value: ${text}`);
      return date;
    }
    default:
      return text;
  }
}

/** A JSON or shorthand value, converted member by member to the model's types. */
function typed(option: string, shape: Shape, value: unknown, ctx: ParamContext): unknown {
  switch (shape.type) {
    case 'structure': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
      return Object.fromEntries(Object.entries(value).map(([key, item]) => {
        const ref = shape.members?.[key];
        return [key, ref ? typed(option, shapeOf(ctx.model, ref), item, ctx) : item];
      }));
    }
    case 'map': {
      if (typeof value !== 'object' || value === null) return value;
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, typed(option, shapeOf(ctx.model, shape.value), item, ctx)]));
    }
    case 'list': {
      const items = Array.isArray(value) ? value : [value];
      return items.map((item) => typed(option, shapeOf(ctx.model, shape.member), item, ctx));
    }
    case 'blob':
      return typeof value === 'string' ? blobValue(value, ctx) : value;
    default:
      return typeof value === 'string' ? scalarValue(option, shape, value) : value;
  }
}

function structuredText(option: string, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.parse(trimmed);
    } catch (error) {
      throw paramError(option, `Invalid JSON: ${(error as Error).message}\nJSON received: ${text}`);
    }
  }
  try {
    return parseShorthand(text) satisfies Record<string, ShorthandValue>;
  } catch (error) {
    if (error instanceof ShorthandError) throw paramError(option, error.message);
    throw error;
  }
}

const isScalar = (shape: Shape) => !['structure', 'map', 'list'].includes(shape.type);

/** The value of one option. `values` are the words that followed it on the command line. */
export function paramValue(option: string, shape: Shape, values: readonly string[], ctx: ParamContext): unknown {
  const raws = values.map((value) => readParamFile(option, value, ctx.workspace));
  if (shape.type === 'blob') return blobValue(raws[0]!, ctx);
  if (isScalar(shape)) return scalarValue(option, shape, String(raws[0]));
  const texts = raws.map((raw) => (typeof raw === 'string' ? raw : fromUtf8(raw)));
  if (shape.type === 'list') {
    const member = shapeOf(ctx.model, shape.member);
    if (texts.length === 1 && texts[0]!.trim().startsWith('[')) return typed(option, shape, structuredText(option, texts[0]!), ctx);
    return texts.map((text) => typed(option, member, isScalar(member) ? text : structuredText(option, text), ctx));
  }
  return typed(option, shape, structuredText(option, texts[0]!), ctx);
}
