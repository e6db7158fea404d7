/**
 * The IAM part of the account's state: users, groups, roles, customer managed policies and
 * the STS sessions AssumeRole hands out. Policy documents are kept as the caller sent them
 * (IAM returns them as given). AWS managed policies are data (awsManagedPolicies.ts).
 */
import type { Ids } from '../platform.ts';
import { iamId, learnerSuffix } from './iamIds.ts';
import { seedLearnerRole } from './learnerRole.ts';

export type AccessKey = {
  accessKeyId: string;
  secretAccessKey: string;
  status: 'Active' | 'Inactive';
  createDate: number;
  lastUsed?: { date: number; serviceName: string; region: string };
};

/** Inline policies by name, and the ARNs of attached managed policies. */
export type PolicyHolder = {
  inlinePolicies: Record<string, string>;
  attachedPolicyArns: string[];
};

export type IamUser = PolicyHolder & {
  userName: string;
  userId: string;
  arn: string;
  path: string;
  createDate: number;
  accessKeys: AccessKey[];
  /** Group names in the order the user joined them. */
  groupNames: string[];
};

export type IamGroup = PolicyHolder & { groupName: string; groupId: string; arn: string; path: string; createDate: number };

export type IamRole = PolicyHolder & {
  roleName: string;
  roleId: string;
  arn: string;
  path: string;
  createDate: number;
  assumeRolePolicyDocument: string;
  description?: string;
  maxSessionDuration: number;
};

export type PolicyVersion = { versionId: string; document: string; createDate: number };

export type ManagedPolicy = {
  policyName: string;
  policyId: string;
  arn: string;
  path: string;
  description?: string;
  createDate: number;
  updateDate: number;
  defaultVersionId: string;
  versions: PolicyVersion[];
  /** The number the next version gets (v1, v2, … are never reused). */
  nextVersion: number;
};

/** Temporary credentials from AssumeRole, keyed by their ASIA… access key id. */
export type StsSession = {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  roleName: string;
  sessionName: string;
  createDate: number;
  expiration: number;
  /** The principal that called AssumeRole, for CloudTrail's record of the session. */
  sourceArn: string;
};

export type IamState = {
  users: Record<string, IamUser>;
  groups: Record<string, IamGroup>;
  roles: Record<string, IamRole>;
  /** Customer managed policies by ARN. */
  policies: Record<string, ManagedPolicy>;
  sessions: Record<string, StsSession>;
  /** The role the learner's console signs in as (AWSLabsUser-<suffix>). */
  learnerRoleName: string;
};

/** The AWS documentation's example credentials, seeded for the Admin user (DESIGN.md). */
export const ADMIN_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
export const ADMIN_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
export const ADMINISTRATOR_ACCESS_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';

export function seedIamState(accountId: string, now: number, ids: Ids): IamState {
  const admin: IamUser = {
    userName: 'Admin',
    userId: iamId(ids, 'AIDA'),
    arn: `arn:aws:iam::${accountId}:user/Admin`,
    path: '/',
    createDate: now,
    accessKeys: [{ accessKeyId: ADMIN_ACCESS_KEY_ID, secretAccessKey: ADMIN_SECRET_ACCESS_KEY, status: 'Active', createDate: now }],
    attachedPolicyArns: [ADMINISTRATOR_ACCESS_ARN],
    inlinePolicies: {},
    groupNames: [],
  };
  const learner = seedLearnerRole(accountId, now, ids, learnerSuffix(ids));
  return { users: { Admin: admin }, groups: {}, roles: { [learner.roleName]: learner }, policies: {}, sessions: {}, learnerRoleName: learner.roleName };
}
