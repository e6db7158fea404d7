/**
 * What the IAM console reads, through the client as the signed-in principal: IAM's own list
 * operations followed to the end (Marker / IsTruncated), typed from the operations themselves.
 */
import type { CallFailure, EngineClient, OutputOf } from '../../client/engineClient.ts';
import type { Result } from '../../shared/result.ts';
import { listAll } from '../kms/listAll.ts';

export type IamUser = OutputOf<'iam:ListUsers'>['Users'][number];
export type IamRole = OutputOf<'iam:ListRoles'>['Roles'][number];
export type IamPolicy = OutputOf<'iam:ListPolicies'>['Policies'][number];
export type AttachedPolicy = OutputOf<'iam:ListAttachedUserPolicies'>['AttachedPolicies'][number];
export type AccessKey = OutputOf<'iam:ListAccessKeys'>['AccessKeyMetadata'][number];

type Paged = { IsTruncated: boolean; Marker?: string };

/** One IAM list operation, every page. */
export function listIam<P extends Paged, T>(page: (Marker?: string) => Promise<Result<P, CallFailure>>, items: (page: P) => readonly T[]) {
  return listAll<T>(async (marker) => {
    const r = await page(marker);
    return r.ok ? { ok: true, value: { items: items(r.value), truncated: r.value.IsTruncated, nextMarker: r.value.Marker } } : r;
  });
}

const marker = (Marker?: string) => (Marker ? { Marker } : {});

export const loadUsers = (client: EngineClient, as: string) =>
  listIam((m) => client.call('iam:ListUsers', marker(m), { as }), (p) => p.Users);

export const loadRoles = (client: EngineClient, as: string) =>
  listIam((m) => client.call('iam:ListRoles', marker(m), { as }), (p) => p.Roles);

export const loadPolicies = (client: EngineClient, as: string, Scope: 'All' | 'AWS' | 'Local' = 'All') =>
  listIam((m) => client.call('iam:ListPolicies', { Scope, ...marker(m) }, { as }), (p) => p.Policies);

/** AWS managed policies live under the aws account in their ARN (arn:aws:iam::aws:policy/…). */
export const isAwsManaged = (policyArn: string) => policyArn.startsWith('arn:aws:iam::aws:policy/');

/**
 * IAM returns policy documents URL-encoded (RFC 3986) in its XML; the console shows them as
 * indented JSON. Text that is not JSON is shown as it came.
 */
export function prettyPolicy(document: string): string {
  let text = document;
  if (/^%7B/i.test(text.trim())) {
    try { text = decodeURIComponent(text); } catch { /* shown as it came */ }
  }
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
