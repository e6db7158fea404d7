/**
 * Loads a generated service model on demand. The CLI needs every model (s3api, iam, sts,
 * cloudtrail as well as kms) for its arguments and help, but only once the terminal is
 * opened: the engine's registry (index.ts) imports all but KMS's dynamically.
 */
import { loadModel, type ServiceName } from './index.ts';
import type { ServiceModel } from './types.ts';

export type ModelName = ServiceName;

export const loadServiceModel = (name: ModelName): Promise<ServiceModel> => loadModel(name);
