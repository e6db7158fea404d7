/** What the Create key wizard has collected so far, and whether each step may be left. */
import type { Tag } from '../../../kms/kmsApi.ts';

export type WizardState = {
  readonly origin: 'AWS_KMS' | 'EXTERNAL';
  readonly externalAcknowledged: boolean;
  readonly alias: string;
  readonly description: string;
  readonly tags: readonly Tag[];
  readonly administrators: readonly string[];
  readonly allowAdministratorsToDelete: boolean;
  readonly users: readonly string[];
};

export const initialWizardState = (): WizardState => ({
  origin: 'AWS_KMS', externalAcknowledged: false, alias: '', description: '', tags: [],
  administrators: [], allowAdministratorsToDelete: true, users: [],
});

/** The console's alias rule: letters, numbers, slashes, underscores and dashes; never aws/. */
export function aliasProblem(alias: string): 'required' | 'invalid' | 'reserved' | undefined {
  const name = alias.trim().replace(/^alias\//, '');
  if (name === '') return 'required';
  if (name.startsWith('aws/')) return 'reserved';
  if (!/^[a-zA-Z0-9/_-]{1,250}$/.test(name)) return 'invalid';
  return undefined;
}

export const aliasNameOf = (alias: string) => `alias/${alias.trim().replace(/^alias\//, '')}`;
