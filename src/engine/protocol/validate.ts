/**
 * Validates an operation's input against its service model and answers in AWS's wording:
 * `1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must
 * have length less than or equal to 4096`. A member of the wrong JavaScript type is what
 * AWS would have failed to deserialize, so it is a SerializationException and wins over
 * every constraint (AWS reads the whole body before it validates anything).
 */
import { AwsError } from '../errors.ts';
import type { ServiceModel, ShapeRef } from '../models/types.ts';
import { brokenConstraints, constraintMessage } from './constraints.ts';
import { isPlainObject, typeMismatch } from './typeMismatch.ts';

/** AWS prints member paths in lowerCamel: KeyId → keyId, Tags[0].TagKey → tags.1.member.tagKey. */
const lowerCamel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

type Findings = { typeError?: string; problems: string[] };

function walk(model: ServiceModel, ref: ShapeRef, value: unknown, path: string, found: Findings): void {
  const shape = model.shapes[ref.shape];
  if (!shape || found.typeError !== undefined) return;
  const mismatch = typeMismatch(shape, value);
  if (mismatch !== undefined) {
    found.typeError = mismatch;
    return;
  }
  for (const clause of brokenConstraints(shape, value)) found.problems.push(constraintMessage(value, path, shape.sensitive === true, clause));
  if (shape.type === 'structure' && isPlainObject(value)) {
    for (const [name, member] of Object.entries(shape.members ?? {})) {
      const memberPath = path === '' ? lowerCamel(name) : `${path}.${lowerCamel(name)}`;
      const child = value[name];
      if (child === undefined || child === null) {
        if (shape.required?.includes(name)) found.problems.push(`Value null at '${memberPath}' failed to satisfy constraint: Member must not be null`);
        continue;
      }
      walk(model, member, child, memberPath, found);
    }
  } else if (shape.type === 'list' && Array.isArray(value) && shape.member) {
    value.forEach((item, i) => {
      if (item !== null && item !== undefined) walk(model, shape.member as ShapeRef, item, `${path}.${i + 1}.member`, found);
    });
  } else if (shape.type === 'map' && isPlainObject(value) && shape.key && shape.value) {
    for (const [k, v] of Object.entries(value)) {
      walk(model, shape.key, k, `${path}.key`, found);
      if (v !== null && v !== undefined) walk(model, shape.value, v, `${path}.value`, found);
    }
  }
}

/** The awsQuery services (IAM, STS) name the same failure ValidationError. */
const VALIDATION_CODES: Readonly<Record<string, string>> = { iam: 'ValidationError', sts: 'ValidationError' };

/** The AwsError AWS would answer for this input, or undefined when the input is valid. */
export function validateInput(model: ServiceModel, operation: string, input: unknown, service = 'kms'): AwsError | undefined {
  const ref = model.operations[operation]?.input;
  if (!ref) return undefined;
  // Callers in process may pass nothing for an operation without members; the SDKs send {}.
  const found: Findings = { problems: [] };
  walk(model, ref, input ?? {}, '', found);
  if (found.typeError !== undefined) return new AwsError('SerializationException', found.typeError, 400, service);
  if (found.problems.length > 0) return new AwsError(VALIDATION_CODES[service] ?? 'ValidationException', formatValidationMessage(found.problems), 400, service);
  return undefined;
}

export function formatValidationMessage(problems: readonly string[]): string {
  const noun = problems.length === 1 ? 'error' : 'errors';
  return `${problems.length} validation ${noun} detected: ${problems.join('; ')}`;
}
