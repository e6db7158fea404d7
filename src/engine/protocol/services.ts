/**
 * Which simulated service a wire request is for. JSON services name themselves in
 * X-Amz-Target; the others (S3 by host/path, IAM and STS by the Action form field) join
 * here as they land, falling back to the SigV4 credential scope.
 */
import { modelOf, type ServiceName } from '../models/index.ts';
import type { ServiceModel } from '../models/types.ts';
import { parseQueryForm, QUERY_CONTENT_TYPE } from './awsQueryInput.ts';
import type { WireRequest } from './wire.ts';
import { isS3Request } from './restXml/isS3Request.ts';

export type WireService = {
  /** The IAM/dispatch prefix ('kms' → 'kms:Encrypt'). */
  readonly name: ServiceName;
  /** The SigV4 signing name in the credential scope. */
  readonly signingName: string;
  readonly protocol: 'restXml' | 'awsJson1.1' | 'awsQuery';
  readonly model: ServiceModel;
};

const JSON_TARGET_PREFIXES: Readonly<Record<string, ServiceName>> = {
  TrentService: 'kms',
  // CloudTrail: JS v3 sends 'CloudTrail_20131101.<Op>', botocore the fully qualified name.
  CloudTrail_20131101: 'cloudtrail',
};

const bySigningName: Readonly<Record<string, ServiceName>> = { kms: 'kms', iam: 'iam', sts: 'sts' };

/** Unsigned query requests still name their service by host (iam.amazonaws.com, sts.<region>.amazonaws.com). */
const QUERY_HOSTS: ReadonlyArray<[RegExp, ServiceName]> = [[/^iam\./, 'iam'], [/^sts\./, 'sts']];

function describe(name: ServiceName): WireService {
  const model = modelOf(name);
  const protocol = model.metadata.protocol === 'query' ? 'awsQuery' : 'awsJson1.1';
  return { name, signingName: model.metadata.signingName ?? model.metadata.endpointPrefix, protocol, model };
}

/** The operation named by X-Amz-Target: the text after the last '.' (protocols.md §1). */
export const targetOperation = (target: string): string => target.slice(target.lastIndexOf('.') + 1);

function scopeService(request: WireRequest): string | undefined {
  const credential = /Credential=([^,\s]+)/.exec(request.headers.authorization ?? '')?.[1]
    ?? new URLSearchParams(request.rawQuery).get('X-Amz-Credential') ?? '';
  return credential.split('/')[3];
}

/** The query service whose model has the form's Action (a loopback host names no service). */
function queryServiceOfAction(request: WireRequest): ServiceName | undefined {
  if (!(request.headers['content-type'] ?? '').startsWith(QUERY_CONTENT_TYPE)) return undefined;
  const action = parseQueryForm(request.body, request.rawQuery).get('Action') ?? '';
  return (['sts', 'iam'] as const).find((name) => Object.hasOwn(modelOf(name).operations, action));
}

export function identifyService(request: WireRequest): WireService | undefined {
  const target = request.headers['x-amz-target'];
  if (target !== undefined) {
    const prefix = target.includes('.') ? target.slice(0, target.lastIndexOf('.')) : target;
    const fromTarget = JSON_TARGET_PREFIXES[prefix.slice(prefix.lastIndexOf('.') + 1)] ?? JSON_TARGET_PREFIXES[prefix];
    if (fromTarget) return describe(fromTarget);
  }
  if (isS3Request(request)) return { name: 's3', signingName: 's3', protocol: 'restXml', model: modelOf('s3') };
  const fromScope = bySigningName[scopeService(request) ?? ''];
  if (fromScope) return describe(fromScope);
  // An awsQuery request without a credential scope (unsigned): the host names the service.
  const fromHost = QUERY_HOSTS.find(([host]) => host.test(request.headers.host ?? ''))?.[1];
  const fromAction = fromHost ?? queryServiceOfAction(request);
  return fromAction ? describe(fromAction) : undefined;
}
