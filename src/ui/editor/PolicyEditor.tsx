/**
 * The policy editor: Monaco with a JSON schema per policy type (completion of elements,
 * actions, condition operators and keys), the engine's own validator as inline markers in
 * AWS's words, and Save into the workspace so `--policy file://keypolicy.json` finds it.
 * Loaded lazily (React.lazy) — Monaco is never part of the first page load.
 */
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Workspace } from '../../cli/workspace.ts';
import { checkPolicyText, type PolicyDocumentKind } from '../../client/policyDiagnostics.ts';
import { utf8 } from '../../shared/bytes.ts';
import { useLocale } from '../hooks/useLocale.ts';
import { configurePolicySchemas, modelPathFor, POLICY_KINDS } from './configurePolicySchemas.ts';
import { monaco } from './monacoSetup.ts';
import { PolicyProblems } from './PolicyProblems.tsx';
import { toPolicyMarkers } from './policyMarkers.ts';
import { usePolicyDraft } from './usePolicyDraft.ts';

export type PolicyEditorProps = {
  readonly workspace: Workspace;
  readonly accountId: string;
  readonly region: string;
  /** A workspace file the learner chose to open; `version` changes with every choice. */
  readonly opened?: { readonly path: string; readonly text: string; readonly version: number };
};

const MARKER_OWNER = 'kms-lab-policy';

export default function PolicyEditor({ workspace, accountId, region, opened }: PolicyEditorProps) {
  const { t, locale } = useLocale();
  const draft = usePolicyDraft(accountId, region);
  const [savedAs, setSavedAs] = useState<string>();
  const editorRef = useRef<Parameters<OnMount>[0]>(undefined);
  const diagnostics = useMemo(() => checkPolicyText(draft.text, draft.kind), [draft.text, draft.kind]);
  const markers = useMemo(() => toPolicyMarkers(draft.text, diagnostics, t), [draft.text, diagnostics, t]);
  const { open } = draft;

  useEffect(() => void configurePolicySchemas(t), [t, locale]);
  useEffect(() => {
    if (opened) open(opened.path, opened.text);
  }, [opened, open]);
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model || model.getValue() !== draft.text) return;
    monaco.editor.setModelMarkers(model, MARKER_OWNER, markers.map((m) => {
      const start = model.getPositionAt(m.start);
      const end = model.getPositionAt(m.end);
      return { severity: monaco.MarkerSeverity.Error, message: m.message, startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column };
    }));
  }, [markers, draft.text]);

  const save = () => {
    workspace.write(draft.fileName, utf8(draft.text));
    setSavedAs(draft.fileName);
  };

  return (
    <SpaceBetween size="m">
      <SpaceBetween size="m" direction="horizontal">
        <FormField label={t('editor.kind')}>
          <SegmentedControl
            selectedId={draft.kind}
            options={POLICY_KINDS.map((kind) => ({ id: kind, text: t(`editor.kinds.${kind}`) }))}
            onChange={({ detail }) => draft.setKind(detail.selectedId as PolicyDocumentKind)}
          />
        </FormField>
        <FormField label={t('editor.fileName')}>
          <Input value={draft.fileName} onChange={({ detail }) => { draft.setFileName(detail.value); setSavedAs(undefined); }} />
        </FormField>
        <FormField label={'\u00a0'}>
          <SpaceBetween size="s" direction="horizontal" alignItems="center">
            <Button variant="primary" onClick={save} disabled={draft.fileName.trim() === ''}>{t('editor.save')}</Button>
            {savedAs && <StatusIndicator type="success">{t('editor.saved', { file: savedAs })}</StatusIndicator>}
          </SpaceBetween>
        </FormField>
      </SpaceBetween>
      <div role="group" aria-label={t('editor.editorLabel')} style={{ border: '1px solid #e9ebed' }}>
        <Editor
          height="420px"
          path={modelPathFor(draft.kind)}
          defaultLanguage="json"
          value={draft.text}
          onChange={(value) => { draft.setText(value ?? ''); setSavedAs(undefined); }}
          onMount={(editor) => { editorRef.current = editor; }}
          loading={t('editor.loading')}
          options={{ automaticLayout: true, minimap: { enabled: false }, fontSize: 13, scrollBeyondLastLine: false, tabSize: 2 }}
        />
      </div>
      <PolicyProblems problems={markers.map((m) => m.message)} />
      <Box variant="small">
        {t('editor.tryInTerminal')} <Box variant="code">{`aws kms create-key --policy file://${draft.fileName}`}</Box>
      </Box>
    </SpaceBetween>
  );
}
