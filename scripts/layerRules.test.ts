import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/**
 * The layer rules of ARCHITECTURE.md are lint rules; this proves they bite, so a later
 * config edit cannot quietly turn them off.
 */
const eslint = new ESLint();

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layer rules', () => {
  it('stop the engine from importing React, the client or Node built-ins', async () => {
    for (const line of ["import 'react';", "import '../client/engineClient.ts';", "import 'node:fs';", "import 'fs';"]) {
      expect(await ruleIdsFor('src/engine/example.ts', `${line}\nexport {};\n`)).toContain('no-restricted-imports');
    }
  });

  it('stop the engine from using DOM or Node globals', async () => {
    expect(await ruleIdsFor('src/engine/example.ts', 'export const w = window.location;\n')).toContain('no-restricted-globals');
    expect(await ruleIdsFor('src/engine/kms/example.ts', 'export const b = Buffer.from([]);\n')).toContain('no-restricted-globals');
  });

  it('stop the UI from importing the engine', async () => {
    expect(await ruleIdsFor('src/ui/Example.tsx', "import '../engine/index.ts';\nexport {};\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('src/ui/kms/Example.tsx', "import '../../engine/dispatch.ts';\nexport {};\n")).toContain('no-restricted-imports');
  });

  it('let the client import the engine only through its index', async () => {
    expect(await ruleIdsFor('src/client/example.ts', "import '../engine/dispatch.ts';\nexport {};\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('src/client/example.ts', "import '../engine/index.ts';\nexport {};\n")).not.toContain('no-restricted-imports');
  });

  it('allow the engine its own folders and shared', async () => {
    expect(await ruleIdsFor('src/engine/kms/example.ts', "import '../../shared/result.ts';\nimport '../errors.ts';\nexport {};\n")).toEqual([]);
  });
});
