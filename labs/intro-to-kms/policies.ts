/**
 * The documents of the intro-to-kms lab, with {{placeholders}} the runner fills from the account.
 * KEY_POLICY is the console's default key policy (../shared/reference/kms-default-key-policy.json,
 * consoleDefaultSymmetric) with the learner's role as key administrator and key user, as in the
 * Builder Lab's Task 1 (learning-anchors.md §B, whose administrator statement lists
 * kms:RotateKeyOnDemand). Without key users the console drops the two key-user statements.
 */
import { consoleKeyPolicyStatements } from '../consoleKeyPolicyStatements.ts';

const LEARNER = '{{learnerRoleArn}}';

const statements = consoleKeyPolicyStatements('arn:aws:iam::{{accountId}}:root', LEARNER);

const policy = (...list: object[]) => JSON.stringify({ Version: '2012-10-17', Id: 'key-consolepolicy-3', Statement: list }, null, 2);

export const KEY_POLICY = policy(statements.root, statements.admins, statements.users, statements.grants);
export const KEY_POLICY_WITHOUT_USERS = policy(statements.root, statements.admins);

/**
 * The Builder Lab signs the learner in as a role that is not an administrator of KMS keys: here,
 * everything but KMS, plus what creating and listing keys and aliases needs. So using myFirstKey
 * depends on the key policy, and Task 6 can show access going and coming back. (The real lab's
 * role policy is not public; this is our model of it, said so in the lab text.)
 */
export const LEARNER_LAB_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'LabServices', Effect: 'Allow', NotAction: 'kms:*', Resource: '*' },
    { Sid: 'LabKeyCreation', Effect: 'Allow', Action: ['kms:CreateKey', 'kms:CreateAlias', 'kms:ListKeys', 'kms:ListAliases', 'kms:ListResourceTags'], Resource: '*' },
  ],
}, null, 2);

/** What CloudTrail's console writes on a new trail bucket (CloudTrail User Guide, "Amazon S3 bucket policy for CloudTrail"). */
export const trailBucketPolicy = (bucket: string) => {
  const trailArn = 'arn:aws:cloudtrail:us-east-1:{{accountId}}:trail/myTrail';
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AWSCloudTrailAclCheck20150319', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: `arn:aws:s3:::${bucket}`, Condition: { StringEquals: { 'aws:SourceArn': trailArn } } },
      {
        Sid: 'AWSCloudTrailWrite20150319', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: `arn:aws:s3:::${bucket}/AWSLogs/{{accountId}}/*`,
        Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': trailArn } },
      },
    ],
  });
};

/** The lab's image: an SVG, so the workspace (text files) can hold it and a browser tab shows it. */
export const IMAGE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" viewBox="0 0 240 120">
  <rect width="240" height="120" rx="12" fill="#232f3e"/>
  <circle cx="70" cy="60" r="26" fill="none" stroke="#ff9900" stroke-width="10"/>
  <rect x="92" y="54" width="110" height="12" fill="#ff9900"/>
  <rect x="170" y="66" width="12" height="22" fill="#ff9900"/>
  <rect x="190" y="66" width="12" height="16" fill="#ff9900"/>
</svg>
`;
