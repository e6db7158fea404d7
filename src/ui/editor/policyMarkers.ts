/**
 * The policy validator's problems as editor markers: where (offsets into the text) and what,
 * in AWS's words first (error code and message, English as AWS sends them), then a
 * translated explanation of what is wrong, since KMS's message is often empty.
 */
import type { PolicyDiagnostic } from '../../client/policyDiagnostics.ts';
import type { TranslationKey } from '../../i18n/i18n.ts';
import { locateProblem } from './locateProblem.ts';

export type PolicyMarker = { readonly start: number; readonly end: number; readonly message: string };

type T = (key: TranslationKey, params?: Readonly<Record<string, string>>) => string;

const EXPLANATIONS: Record<PolicyDiagnostic['code'], TranslationKey> = {
  notJson: 'editor.problem.notJson',
  notAnObject: 'editor.problem.notAnObject',
  noStatement: 'editor.problem.noStatement',
  badEffect: 'editor.problem.badEffect',
  missingAction: 'editor.problem.missingAction',
  missingResource: 'editor.problem.missingResource',
  missingPrincipal: 'editor.problem.missingPrincipal',
  prohibitedPrincipal: 'editor.problem.prohibitedPrincipal',
  invalidPrincipal: 'editor.problem.invalidPrincipal',
  conflictingElements: 'editor.problem.conflictingElements',
  badCondition: 'editor.problem.badCondition',
  badValue: 'editor.problem.badValue',
};

export function formatProblem(diagnostic: PolicyDiagnostic, t: T): string {
  const aws = diagnostic.message === '' ? diagnostic.errorCode : `${diagnostic.errorCode}: ${diagnostic.message}`;
  const where = diagnostic.path === '' ? '' : ` (${diagnostic.path})`;
  return `${aws}\n${t(EXPLANATIONS[diagnostic.code], { detail: diagnostic.detail })}${where}`;
}

export function toPolicyMarkers(text: string, diagnostics: readonly PolicyDiagnostic[], t: T): PolicyMarker[] {
  return diagnostics.map((diagnostic) => ({ ...locateProblem(text, diagnostic.path, diagnostic.detail), message: formatProblem(diagnostic, t) }));
}
