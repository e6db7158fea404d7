/**
 * The policy documents of the cli-key-policy lab. KEY_POLICY follows the console's default key
 * policy (../shared/reference/kms-default-key-policy.json, consoleDefaultSymmetric) with the
 * learner's CLI identity, the Admin user, as key administrator and key user; the Builder Lab's
 * administrator statement also lists kms:RotateKeyOnDemand (learning-anchors.md §B).
 */
export const ME = 'arn:aws:iam::111122223333:user/Admin';

const statements = {
  root: { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' },
  admins: {
    Sid: 'Allow access for Key Administrators', Effect: 'Allow', Principal: { AWS: ME },
    Action: [
      'kms:Create*', 'kms:Describe*', 'kms:Enable*', 'kms:List*', 'kms:Put*', 'kms:Update*', 'kms:Revoke*', 'kms:Disable*', 'kms:Get*', 'kms:Delete*',
      'kms:TagResource', 'kms:UntagResource', 'kms:ScheduleKeyDeletion', 'kms:CancelKeyDeletion', 'kms:RotateKeyOnDemand',
    ],
    Resource: '*',
  },
  users: { Sid: 'Allow use of the key', Effect: 'Allow', Principal: { AWS: ME }, Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'], Resource: '*' },
  grants: {
    Sid: 'Allow attachment of persistent resources', Effect: 'Allow', Principal: { AWS: ME },
    Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'], Resource: '*',
    Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
  },
};

const policy = (...list: object[]) => `${JSON.stringify({ Version: '2012-10-17', Id: 'key-consolepolicy-3', Statement: list }, null, 2)}\n`;

export const KEY_POLICY = policy(statements.root, statements.admins, statements.users, statements.grants);

/** You removed from the administrators, and the root statement gone too: nobody may change the policy any more. */
export const LOCKED_OUT_POLICY = policy(statements.users, statements.grants);
