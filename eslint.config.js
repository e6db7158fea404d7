// Lint, including DESIGN.md's layer rules: the dependency direction is enforced here, in
// `npm test`, not left to good intentions.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const otherLayers = (...layers) => ({
  regex: `^\\.{1,2}/(\\.\\./)*(${layers.join('|')})(/|$)`,
  message: 'Layer rule (ARCHITECTURE.md): this folder may not import that layer.',
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'src/engine/models/*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/shared/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [otherLayers('engine', 'client', 'cli', 'runner', 'i18n', 'ui')] }] },
  },
  {
    // The engine is pure TypeScript: it runs in the browser, a worker and Node alike.
    files: ['src/engine/**'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          otherLayers('client', 'cli', 'runner', 'i18n', 'ui'),
          { regex: '^(react|react-dom|zustand|@cloudscape-design|@tanstack|monaco-editor)(/|$)', message: 'The engine knows nothing of the UI.' },
          { regex: '^node:', message: 'The engine runs in the browser too: no node:* modules.' },
          { regex: '^(fs|path|http|https|crypto|os|url|stream|buffer)$', message: 'The engine runs in the browser too: no Node built-ins.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'Buffer', 'process'],
    },
  },
  {
    files: ['src/client/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          otherLayers('cli', 'runner', 'ui'),
          { regex: '/engine/(?!index\\.ts$)', message: 'The client imports the engine only through engine/index.ts.' },
          { regex: '^(react|react-dom|zustand)(/|$)', message: 'The client knows nothing of React.' },
        ],
      }],
    },
  },
  {
    files: ['src/ui/**', 'src/cli/**', 'src/runner/**', 'src/i18n/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [otherLayers('engine')] }] },
  },
  {
    files: ['e2e/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./(\\.\\./)*src(/|$)', message: 'e2e is black-box: it drives the built app, not src/.' }] }] },
  },
);
