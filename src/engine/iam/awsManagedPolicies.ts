/**
 * The AWS managed policies the lab knows, embedded as data from
 * ../shared/reference/iam-managed-policies.json (a snapshot of AWS's documents, version
 * ids and dates). AWS shares them across accounts under arn:aws:iam::aws:policy/….
 */
import data from './awsManagedPolicies.json';
import type { ManagedPolicy } from './state.ts';

type Entry = (typeof data)[number];

/** A stable ANPA… id per policy name (AWS's real ids are not in the reference data). */
function stableId(name: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let hash = 0x811c9dc5;
  let id = '';
  for (let i = 0; id.length < 17; i++) {
    hash = Math.imul(hash ^ name.charCodeAt(i % name.length), 0x01000193) >>> 0;
    id += alphabet[hash % 32];
  }
  return `ANPA${id}`;
}

const toPolicy = (entry: Entry): ManagedPolicy => ({
  policyName: entry.PolicyName,
  policyId: stableId(entry.PolicyName),
  arn: entry.Arn,
  path: entry.Path,
  description: entry.Description,
  createDate: Date.parse(entry.CreateDate),
  updateDate: Date.parse(entry.UpdateDate),
  defaultVersionId: entry.DefaultVersionId,
  // AWS prints its own documents indented by four spaces in GetPolicyVersion.
  versions: [{ versionId: entry.DefaultVersionId, document: JSON.stringify(entry.Document, null, 4), createDate: Date.parse(entry.UpdateDate) }],
  nextVersion: Number(entry.DefaultVersionId.slice(1)) + 1,
});

export const AWS_MANAGED_POLICIES: ReadonlyMap<string, ManagedPolicy> = new Map(data.map((entry) => [entry.Arn, toPolicy(entry)]));

export const isAwsManagedArn = (arn: string) => arn.startsWith('arn:aws:iam::aws:policy/');
