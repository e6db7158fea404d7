/**
 * The statements of the KMS console's default key policy (../shared/reference/
 * kms-default-key-policy.json, consoleDefaultSymmetric) for one principal who is both key
 * administrator and key user, as the labs ask. The administrator statement also lists
 * kms:RotateKeyOnDemand, as the Builder Lab's does (learning-anchors.md §B). Shared by the labs
 * so the policy a learner is shown is written once.
 */
export function consoleKeyPolicyStatements(rootArn: string, principal: string) {
  return {
    root: { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: rootArn }, Action: 'kms:*', Resource: '*' },
    admins: {
      Sid: 'Allow access for Key Administrators', Effect: 'Allow', Principal: { AWS: principal },
      Action: [
        'kms:Create*', 'kms:Describe*', 'kms:Enable*', 'kms:List*', 'kms:Put*', 'kms:Update*', 'kms:Revoke*', 'kms:Disable*', 'kms:Get*', 'kms:Delete*',
        'kms:TagResource', 'kms:UntagResource', 'kms:ScheduleKeyDeletion', 'kms:CancelKeyDeletion', 'kms:RotateKeyOnDemand',
      ],
      Resource: '*',
    },
    users: { Sid: 'Allow use of the key', Effect: 'Allow', Principal: { AWS: principal }, Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'], Resource: '*' },
    grants: {
      Sid: 'Allow attachment of persistent resources', Effect: 'Allow', Principal: { AWS: principal },
      Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'], Resource: '*',
      Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
    },
  };
}
