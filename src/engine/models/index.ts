import type { ServiceModel } from './types.ts';
import cloudtrail from './cloudtrail.json';
import iam from './iam.json';
import kms from './kms.json';
import s3 from './s3.json';
import sts from './sts.json';

/**
 * The service models the engine knows. Only services with operations are listed; the other
 * generated models (s3, iam, sts, cloudtrail) join as their services land, so the browser
 * bundle carries no model it does not use.
 */
export const models = {
  kms: kms as unknown as ServiceModel,
  s3: s3 as unknown as ServiceModel,
  cloudtrail: cloudtrail as unknown as ServiceModel,
  iam: iam as unknown as ServiceModel,
  sts: sts as unknown as ServiceModel,
} satisfies Record<string, ServiceModel>;

export type ServiceName = keyof typeof models;
export type { ServiceModel, Shape, ShapeRef, Operation } from './types.ts';
