/**
 * What the playground's completion offers, from the service models: each client class and
 * its `…Command` classes (one per operation, as the SDK names them), and, inside
 * `new XCommand({ … })`, the operation's input members with their model types and whether
 * they are required. A curated stand-in for the SDK's .d.ts files: Monaco's TypeScript worker
 * alone would add megabytes to the page (toolchain.md pitfall 7).
 */
import type { ModelName, ServiceModel } from '../../client/serviceModels.ts';

export const SDK_CLIENTS: Readonly<Record<ModelName, { readonly module: string; readonly client: string }>> = {
  kms: { module: '@aws-sdk/client-kms', client: 'KMSClient' },
  s3: { module: '@aws-sdk/client-s3', client: 'S3Client' },
  iam: { module: '@aws-sdk/client-iam', client: 'IAMClient' },
  sts: { module: '@aws-sdk/client-sts', client: 'STSClient' },
  cloudtrail: { module: '@aws-sdk/client-cloudtrail', client: 'CloudTrailClient' },
};

export type SdkMember = { readonly name: string; readonly type: string; readonly required: boolean };
export type SdkCommand = { readonly name: string; readonly module: string; readonly members: readonly SdkMember[] };
export type SdkVocabulary = { readonly clients: readonly { name: string; module: string }[]; readonly commands: readonly SdkCommand[] };

export function sdkVocabulary(models: Readonly<Partial<Record<ModelName, ServiceModel>>>): SdkVocabulary {
  const clients: { name: string; module: string }[] = [];
  const commands: SdkCommand[] = [];
  for (const [service, model] of Object.entries(models) as [ModelName, ServiceModel][]) {
    const { module, client } = SDK_CLIENTS[service];
    clients.push({ name: client, module });
    for (const operation of Object.values(model.operations)) {
      const input = operation.input ? model.shapes[operation.input.shape] : undefined;
      const members = Object.entries(input?.members ?? {}).map(([name, ref]) => ({
        name, type: model.shapes[ref.shape]?.type ?? 'structure', required: input?.required?.includes(name) ?? false,
      }));
      commands.push({ name: `${operation.name}Command`, module, members });
    }
  }
  return { clients, commands };
}

/** The command whose input object the cursor is in: `new CreateKeyCommand({ Desc|`. */
export function commandAt(textBeforeCursor: string): string | undefined {
  const opened = [...textBeforeCursor.matchAll(/new\s+(\w+Command)\s*\(\s*\{/g)].at(-1);
  if (!opened || opened.index === undefined) return undefined;
  let depth = 0;
  for (const ch of textBeforeCursor.slice(opened.index + opened[0].length)) {
    if (ch === '{') depth++;
    else if (ch === '}' && --depth < 0) return undefined;
  }
  return opened[1];
}
