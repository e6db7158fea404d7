import { describe, expect, it } from 'vitest';
import { rewriteImports } from './rewriteImports.ts';

describe('rewriteImports', () => {
  it('turns named imports of an SDK client into a lookup, keeping renames', () => {
    const code = "import { KMSClient, CreateKeyCommand as Create } from '@aws-sdk/client-kms';\nconst c = 1;";
    expect(rewriteImports(code)).toBe('const { KMSClient, CreateKeyCommand: Create } = __modules["@aws-sdk/client-kms"];\nconst c = 1;');
  });

  it('reads multi-line, namespace and default imports', () => {
    const code = 'import {\n  S3Client,\n  PutObjectCommand,\n} from "@aws-sdk/client-s3";\nimport * as sts from "@aws-sdk/client-sts"';
    expect(rewriteImports(code)).toBe('const { S3Client, PutObjectCommand } = __modules["@aws-sdk/client-s3"];\nconst sts = __modules["@aws-sdk/client-sts"];');
  });

  it('runs: the rewritten code finds the modules it was given', async () => {
    const body = rewriteImports("import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';\nreturn GetCallerIdentityCommand.name;");
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (modules: unknown) => Promise<unknown>;
    const result = await new AsyncFunction('__modules', body)({ '@aws-sdk/client-sts': { GetCallerIdentityCommand: class GetCallerIdentityCommand {} } });
    expect(result).toBe('GetCallerIdentityCommand');
  });

  it('refuses other modules with a message that names the allowed ones', () => {
    expect(rewriteImports("import fs from 'node:fs';")).toContain('Only these modules can be imported here: @aws-sdk/client-kms');
  });
});
