/**
 * The policy being edited: its type, the file it saves to, and one text per type, so
 * switching type and back keeps what was written. Opening a workspace file replaces the
 * current type's text and takes the file's name.
 */
import { useCallback, useState } from 'react';
import type { PolicyDocumentKind } from '../../client/policyDiagnostics.ts';
import { defaultFileName, policyTemplate } from './policyTemplates.ts';

type Draft = {
  readonly kind: PolicyDocumentKind;
  readonly fileName: string;
  readonly texts: Readonly<Record<PolicyDocumentKind, string>>;
};

export function usePolicyDraft(accountId: string, region: string) {
  const [draft, setDraft] = useState<Draft>(() => ({
    kind: 'keyPolicy',
    fileName: defaultFileName('keyPolicy'),
    texts: {
      keyPolicy: policyTemplate('keyPolicy', accountId, region),
      iamPolicy: policyTemplate('iamPolicy', accountId, region),
      bucketPolicy: policyTemplate('bucketPolicy', accountId, region),
    },
  }));
  const setKind = useCallback((kind: PolicyDocumentKind) => setDraft((d) => ({ ...d, kind, fileName: defaultFileName(kind) })), []);
  const setFileName = useCallback((fileName: string) => setDraft((d) => ({ ...d, fileName })), []);
  const setText = useCallback((text: string) => setDraft((d) => ({ ...d, texts: { ...d.texts, [d.kind]: text } })), []);
  const open = useCallback((fileName: string, text: string) => setDraft((d) => ({ ...d, fileName, texts: { ...d.texts, [d.kind]: text } })), []);
  return { kind: draft.kind, fileName: draft.fileName, text: draft.texts[draft.kind], setKind, setFileName, setText, open };
}
