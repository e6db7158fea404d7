/**
 * The key policy the KMS console writes for a symmetric encryption key (Create key, steps 3–5),
 * statement for statement as ../shared/reference/kms-default-key-policy.json records it, and
 * its reading back into the Key policy tab's default view (administrators, users, deletion).
 *
 * Not confirmed from AWS (noted in the report): that the console leaves out a statement whose
 * principal list is empty, and that one principal is written as a string, several as an array
 * (published console policies show both forms).
 */
export type ConsolePolicyChoices = {
  readonly accountId: string;
  readonly partition: string;
  readonly administrators: readonly string[];
  readonly users: readonly string[];
  /** "Key deletion: Allow key administrators to delete this key" (checked by default). */
  readonly allowAdministratorsToDelete: boolean;
};

type Statement = { Sid: string; Effect: 'Allow'; Principal: { AWS: string | string[] }; Action: string | string[]; Resource: '*'; Condition?: unknown };
export type KeyPolicyDocument = { Version: '2012-10-17'; Id: string; Statement: Statement[] };

const ADMIN_ACTIONS = [
  'kms:Create*', 'kms:Describe*', 'kms:Enable*', 'kms:List*', 'kms:Put*', 'kms:Update*', 'kms:Revoke*',
  'kms:Disable*', 'kms:Get*', 'kms:Delete*', 'kms:TagResource', 'kms:UntagResource',
];
const DELETION_ACTIONS = ['kms:ScheduleKeyDeletion', 'kms:CancelKeyDeletion'];
const USER_ACTIONS = ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'];
const GRANT_ACTIONS = ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'];

export const SID = {
  root: 'Enable IAM User Permissions',
  admins: 'Allow access for Key Administrators',
  use: 'Allow use of the key',
  grants: 'Allow attachment of persistent resources',
} as const;

const principal = (arns: readonly string[]) => ({ AWS: arns.length === 1 ? (arns[0] as string) : [...arns] });

export function consoleKeyPolicy(c: ConsolePolicyChoices): KeyPolicyDocument {
  const statements: Statement[] = [
    { Sid: SID.root, Effect: 'Allow', Principal: { AWS: `arn:${c.partition}:iam::${c.accountId}:root` }, Action: 'kms:*', Resource: '*' },
  ];
  if (c.administrators.length > 0) {
    const actions = c.allowAdministratorsToDelete ? [...ADMIN_ACTIONS, ...DELETION_ACTIONS] : ADMIN_ACTIONS;
    statements.push({ Sid: SID.admins, Effect: 'Allow', Principal: principal(c.administrators), Action: [...actions], Resource: '*' });
  }
  if (c.users.length > 0) {
    statements.push(
      { Sid: SID.use, Effect: 'Allow', Principal: principal(c.users), Action: [...USER_ACTIONS], Resource: '*' },
      {
        Sid: SID.grants, Effect: 'Allow', Principal: principal(c.users), Action: [...GRANT_ACTIONS], Resource: '*',
        Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
      },
    );
  }
  return { Version: '2012-10-17', Id: 'key-consolepolicy-3', Statement: statements };
}

/** The console's review step and policy view show the policy indented by four spaces. */
export const formatPolicy = (policy: unknown): string => JSON.stringify(policy, null, 4);

const arnsOf = (s: Statement | undefined): string[] => {
  const aws = s?.Principal?.AWS;
  return aws === undefined ? [] : Array.isArray(aws) ? aws : [aws];
};

/**
 * The default view exists only for a policy the console itself would write; anything else
 * (edited JSON, the API's key-default-1) gets the policy view alone, as in the console.
 */
export function readConsolePolicy(policyText: string, accountId: string, partition: string): ConsolePolicyChoices | undefined {
  let parsed: KeyPolicyDocument;
  try {
    parsed = JSON.parse(policyText) as KeyPolicyDocument;
  } catch {
    return undefined;
  }
  if (!parsed || !Array.isArray(parsed.Statement)) return undefined;
  const find = (sid: string) => parsed.Statement.find((s) => s.Sid === sid);
  const admins = find(SID.admins);
  const choices: ConsolePolicyChoices = {
    accountId, partition,
    administrators: arnsOf(admins),
    users: arnsOf(find(SID.use)),
    allowAdministratorsToDelete: !admins || (Array.isArray(admins.Action) && admins.Action.includes('kms:ScheduleKeyDeletion')),
  };
  return JSON.stringify(consoleKeyPolicy(choices)) === JSON.stringify(parsed) ? choices : undefined;
}
