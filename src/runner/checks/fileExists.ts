/** A file is in the learner's workspace (written by the editor or a `> file` redirect). */
import { fail, pass, type CheckKind } from './checkKind.ts';
import { object, oneOf, str } from '../validate/validators.ts';

export type FileExistsCheck = { readonly kind: 'fileExists'; readonly path: string };

export const fileExists = (fields: Omit<FileExistsCheck, 'kind'>): FileExistsCheck => ({ kind: 'fileExists', ...fields });

export const fileExistsKind: CheckKind<FileExistsCheck> = {
  kind: 'fileExists',
  validate: object({ kind: oneOf('fileExists'), path: str }),
  evaluate(check, { readFile }) {
    const text = readFile(check.path);
    if (text === undefined) return fail('fileExists.missing', { path: check.path });
    return text.length > 0 ? pass('fileExists.ok', { path: check.path }) : fail('fileExists.empty', { path: check.path });
  },
};
