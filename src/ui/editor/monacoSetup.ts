/**
 * Monaco from this app's own bundle, slim (toolchain.md §3, pitfalls 6–7): the editor core,
 * its contributions, JSON with its worker (schemas, completion) and JavaScript colouring for
 * the SDK playground. No TypeScript worker. Imported only by lazily loaded components, so
 * none of it is part of the first page load.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/javascript/register';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { loader } from '@monaco-editor/react';

self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};
// Without this @monaco-editor/react fetches Monaco from a public CDN.
loader.config({ monaco });

export { monaco, jsonDefaults };
