/**
 * The learner's files for this tab, shared by the policy editor, the file list and the
 * terminal (`file://keypolicy.json`). In memory: it lasts as long as the page. A lab can
 * later provide its own files through the context in useWorkspace.ts.
 */
import { createMemoryWorkspace } from '../../cli/workspace.ts';
import { observeWorkspace } from './observableWorkspace.ts';

export const labWorkspace = observeWorkspace(createMemoryWorkspace());
