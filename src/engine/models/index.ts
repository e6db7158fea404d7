import { InternalError } from '../../shared/assert.ts';
import kms from './kms.json';
import type { ServiceModel } from './types.ts';

/**
 * The service models the engine knows. KMS's is part of the first page (the console opens on
 * the keys); S3's, IAM's, STS's and CloudTrail's (about 47 KB gzipped together) are fetched the
 * first time their service is called: `dispatch` and `handleHttp` await `loadModel` /
 * `loadAllModels` before anything reads a model synchronously through `modelOf`.
 */
const loaders = {
  kms: async () => kms as unknown as ServiceModel,
  s3: async () => (await import('./s3.json')).default as unknown as ServiceModel,
  cloudtrail: async () => (await import('./cloudtrail.json')).default as unknown as ServiceModel,
  iam: async () => (await import('./iam.json')).default as unknown as ServiceModel,
  sts: async () => (await import('./sts.json')).default as unknown as ServiceModel,
} satisfies Record<string, () => Promise<ServiceModel>>;

export type ServiceName = keyof typeof loaders;
export const SERVICE_NAMES = Object.keys(loaders) as ServiceName[];

const loaded: Partial<Record<ServiceName, ServiceModel>> = { kms: kms as unknown as ServiceModel };

export const isServiceName = (name: string): name is ServiceName => Object.hasOwn(loaders, name);

export async function loadModel(name: ServiceName): Promise<ServiceModel> {
  return (loaded[name] ??= await loaders[name]());
}

/** Every model, for the wire door (it tells services apart by their models) and for tests. */
export async function loadAllModels(): Promise<Readonly<Record<ServiceName, ServiceModel>>> {
  const all = await Promise.all(SERVICE_NAMES.map(async (name) => [name, await loadModel(name)] as const));
  return Object.fromEntries(all) as Record<ServiceName, ServiceModel>;
}

/** A model already loaded (KMS always is); undefined for a service never called. */
export const loadedModel = (name: string): ServiceModel | undefined => (isServiceName(name) ? loaded[name] : undefined);

/** For code that runs after its service's model was loaded; a missing one is a bug in the lab. */
export function modelOf(name: ServiceName): ServiceModel {
  const model = loaded[name];
  if (!model) throw new InternalError(`the ${name} model was read before loadModel('${name}')`);
  return model;
}

export type { ServiceModel, Shape, ShapeRef, Operation } from './types.ts';
