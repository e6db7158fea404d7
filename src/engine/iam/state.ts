/**
 * The IAM part of the account's state. For now only what authentication needs: users and
 * their access keys. Groups, roles, policies and STS sessions join with the IAM issue.
 */
export type AccessKey = {
  accessKeyId: string;
  secretAccessKey: string;
  status: 'Active' | 'Inactive';
  createDate: number;
};

export type IamUser = {
  userName: string;
  userId: string;
  arn: string;
  path: string;
  createDate: number;
  accessKeys: AccessKey[];
  attachedPolicyArns: string[];
};

export type IamState = { users: Record<string, IamUser> };

/** The AWS documentation's example credentials, seeded for the Admin user (DESIGN.md). */
export const ADMIN_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
export const ADMIN_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

export function seedIamState(accountId: string, now: number): IamState {
  const admin: IamUser = {
    userName: 'Admin',
    userId: 'AIDASAMPLEADMINUSER01',
    arn: `arn:aws:iam::${accountId}:user/Admin`,
    path: '/',
    createDate: now,
    accessKeys: [{ accessKeyId: ADMIN_ACCESS_KEY_ID, secretAccessKey: ADMIN_SECRET_ACCESS_KEY, status: 'Active', createDate: now }],
    attachedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'],
  };
  return { users: { Admin: admin } };
}
