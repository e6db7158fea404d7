/**
 * Loads a generated service model on demand. The CLI needs every model (s3api, iam, sts,
 * cloudtrail as well as kms) for its arguments and help, but only once the terminal is
 * opened: dynamic imports keep them out of the first page load.
 */
import type { ServiceModel } from './types.ts';

export type ModelName = 'kms' | 's3' | 'iam' | 'sts' | 'cloudtrail';

const loaders: Record<ModelName, () => Promise<{ default: unknown }>> = {
  kms: () => import('./kms.json'),
  s3: () => import('./s3.json'),
  iam: () => import('./iam.json'),
  sts: () => import('./sts.json'),
  cloudtrail: () => import('./cloudtrail.json'),
};

export async function loadServiceModel(name: ModelName): Promise<ServiceModel> {
  return (await loaders[name]()).default as ServiceModel;
}
