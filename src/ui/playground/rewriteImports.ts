/**
 * Learners paste SDK code as the AWS docs write it, with `import { KMSClient } from
 * '@aws-sdk/client-kms'`. The sandbox runs it as the body of an async function (so top-level
 * await works), where imports are not allowed: each import of an SDK client becomes a lookup
 * in the modules the worker bundled. Any other import is an error the learner can read.
 */
export const SDK_MODULES = ['@aws-sdk/client-kms', '@aws-sdk/client-s3', '@aws-sdk/client-iam', '@aws-sdk/client-sts', '@aws-sdk/client-cloudtrail'] as const;

const IMPORT = /^[ \t]*import\s+([\s\S]*?)\s+from\s+(['"])([^'"]+)\2\s*;?/gm;

/** `{ A, B as C }` → `{ A, B: C }`; `* as x` and default imports name the whole module. */
function bindings(clause: string, module: string): string {
  const source = `__modules[${JSON.stringify(module)}]`;
  const parts: string[] = [];
  const named = /\{([\s\S]*)\}/.exec(clause);
  const rest = clause.replace(/\{[\s\S]*\}/, '').replace(/,\s*$/, '').replace(/^\s*,/, '').trim();
  const star = /^\*\s+as\s+(\w+)$/.exec(rest);
  if (star) parts.push(`const ${star[1]} = ${source};`);
  else if (rest !== '') parts.push(`const ${rest.replace(/,$/, '').trim()} = ${source};`);
  if (named) {
    const names = named[1]!.split(',').map((n) => n.trim()).filter(Boolean).map((n) => n.replace(/\s+as\s+/, ': '));
    parts.push(`const { ${names.join(', ')} } = ${source};`);
  }
  return parts.join(' ');
}

export function rewriteImports(code: string): string {
  return code.replace(IMPORT, (_whole, clause: string, _quote: string, module: string) => {
    if (!(SDK_MODULES as readonly string[]).includes(module)) {
      return `throw new Error(${JSON.stringify(`Only these modules can be imported here: ${SDK_MODULES.join(', ')} (not ${module})`)});`;
    }
    return bindings(clause, module);
  });
}
