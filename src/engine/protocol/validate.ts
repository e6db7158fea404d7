/**
 * Validates an operation's input against its service model and answers in AWS's wording:
 * `1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must
 * have length less than or equal to 4096`.
 */
import type { ServiceModel } from '../models/types.ts';

/** Returns the individual constraint messages; empty when the input is valid. */
export function validateInput(_model: ServiceModel, _operation: string, _input: unknown): string[] {
  return [];
}

export function formatValidationMessage(problems: readonly string[]): string {
  const noun = problems.length === 1 ? 'error' : 'errors';
  return `${problems.length} validation ${noun} detected: ${problems.join('; ')}`;
}
