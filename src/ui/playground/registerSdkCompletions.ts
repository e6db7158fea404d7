/** Puts the SDK vocabulary into Monaco's JavaScript completion (once per page). */
import { loadServiceModel, type ModelName } from '../../client/serviceModels.ts';
import { monaco } from '../editor/monacoSetup.ts';
import { commandAt, SDK_CLIENTS, sdkVocabulary } from './sdkVocabulary.ts';

let registered: Promise<void> | undefined;

async function register(): Promise<void> {
  const names = Object.keys(SDK_CLIENTS) as ModelName[];
  const models = await Promise.all(names.map((n) => loadServiceModel(n)));
  const vocabulary = sdkVocabulary(Object.fromEntries(names.map((n, i) => [n, models[i]!])));
  const byCommand = new Map(vocabulary.commands.map((c) => [c.name, c]));
  const { Class, Field } = monaco.languages.CompletionItemKind;
  monaco.languages.registerCompletionItemProvider('javascript', {
    triggerCharacters: ['{', ',', ' '],
    provideCompletionItems(model, position) {
      const word = model.getWordUntilPosition(position);
      const range = { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: word.startColumn, endColumn: word.endColumn };
      const before = model.getValueInRange({ startLineNumber: 1, startColumn: 1, endLineNumber: position.lineNumber, endColumn: position.column });
      const command = byCommand.get(commandAt(before) ?? '');
      if (command) {
        return { suggestions: command.members.map((m) => ({ label: m.name, kind: Field, detail: `${m.type}${m.required ? ' (required)' : ''}`, insertText: `${m.name}: `, range, sortText: `${m.required ? 0 : 1}${m.name}` })) };
      }
      return {
        suggestions: [
          ...vocabulary.clients.map((c) => ({ label: c.name, kind: Class, detail: c.module, insertText: c.name, range })),
          ...vocabulary.commands.map((c) => ({ label: c.name, kind: Class, detail: c.module, insertText: c.name, range })),
        ],
      };
    },
  });
}

export const registerSdkCompletions = (): Promise<void> => (registered ??= register());
