/**
 * Gives Monaco's JSON language one schema per policy type, matched by model URI, with the
 * action names from the service models and hover text in the learner's language.
 */
import type { PolicyDocumentKind } from '../../client/policyDiagnostics.ts';
import { loadServiceModel } from '../../client/serviceModels.ts';
import type { TranslationKey } from '../../i18n/i18n.ts';
import { conditionKeysFor } from './conditionVocabulary.ts';
import { jsonDefaults } from './monacoSetup.ts';
import { actionNames, type ActionService } from './policyActions.ts';
import { createPolicySchema, type PolicyElement } from './policySchema.ts';

export const POLICY_KINDS = ['keyPolicy', 'iamPolicy', 'bucketPolicy'] as const satisfies readonly PolicyDocumentKind[];

/** The editor's model for each policy type; the schema is matched to it by this URI. */
export const modelPathFor = (kind: PolicyDocumentKind): string => `inmemory://kms-lab/${kind}.json`;

const SERVICES: Record<PolicyDocumentKind, readonly ActionService[]> = {
  keyPolicy: ['kms'],
  bucketPolicy: ['s3'],
  iamPolicy: ['kms', 's3', 'iam', 'sts'],
};

const ELEMENTS: readonly PolicyElement[] = ['Version', 'Id', 'Statement', 'Sid', 'Effect', 'Principal', 'Action', 'Resource', 'Condition'];

export async function configurePolicySchemas(t: (key: TranslationKey) => string): Promise<void> {
  const services: ActionService[] = ['kms', 's3', 'iam', 'sts'];
  const models = await Promise.all(services.map((s) => loadServiceModel(s)));
  const operations = Object.fromEntries(services.map((s, i) => [s, Object.keys(models[i]!.operations)]));
  const descriptions = Object.fromEntries(ELEMENTS.map((e) => [e, t(`editor.schema.${e}`)]));
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    enableSchemaRequest: false,
    schemas: POLICY_KINDS.map((kind) => ({
      uri: `https://kms-lab.local/schemas/${kind}.json`,
      fileMatch: [modelPathFor(kind)],
      schema: createPolicySchema({
        kind,
        actions: actionNames(Object.fromEntries(SERVICES[kind].map((s) => [s, operations[s]!]))),
        conditionKeys: conditionKeysFor(SERVICES[kind]),
        descriptions,
      }),
    })),
  });
}
