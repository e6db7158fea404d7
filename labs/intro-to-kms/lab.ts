/**
 * intro-to-kms: the Builder Lab "Introduction to AWS Key Management Service"
 * (../../../shared/notes/learning-anchors.md §B), task by task. The learner works in the
 * console as the lab's AWSLabsUser-… role; the solutions are the console's calls as that role
 * (`as: {{learnerRoleArn}}`), with the terminal's CLI equivalent shown in the step text.
 */
import { bucketExists } from '../../src/runner/checks/bucketExists.ts';
import { callFailedWith } from '../../src/runner/checks/callFailedWith.ts';
import { cloudTrailHasEvent } from '../../src/runner/checks/cloudTrailHasEvent.ts';
import { keyExists } from '../../src/runner/checks/keyExists.ts';
import { keyPolicyAllows } from '../../src/runner/checks/keyPolicyAllows.ts';
import { logFileHasEvent } from '../../src/runner/checks/logFileHasEvent.ts';
import { objectEncryptedWith } from '../../src/runner/checks/objectEncryptedWith.ts';
import { objectOwnership } from '../../src/runner/checks/objectOwnership.ts';
import { objectPublic } from '../../src/runner/checks/objectPublic.ts';
import { publicAccessBlock } from '../../src/runner/checks/publicAccessBlock.ts';
import { quizAnswered } from '../../src/runner/checks/quizAnswered.ts';
import { trailLogging } from '../../src/runner/checks/trailLogging.ts';
import { defineLab } from '../../src/runner/schema.ts';
import { IMAGE_SVG, KEY_POLICY, KEY_POLICY_WITHOUT_USERS, LEARNER_LAB_POLICY, trailBucketPolicy } from './policies.ts';

const ALIAS = 'alias/myFirstKey';
const LEARNER = '{{learnerRoleArn}}';
/** The learner picks the number; the solution uses the account id. */
const BUCKET = 'mycloudtrailbucket*';
const MY_BUCKET = 'mycloudtrailbucket{{accountId}}';
const IMAGE = 'kms-lab.svg';
const OFF = { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false };

export const introToKms = defineLab({
  id: 'intro-to-kms',
  // The console works as the learner's role, so Task 6's Open shows the key policy's effect.
  consolePrincipal: 'learnerRole',
  setup: [
    { writeFile: IMAGE, text: IMAGE_SVG },
    { writeFile: 'lab-role-policy.json', text: LEARNER_LAB_POLICY },
    { cli: 'aws iam put-role-policy --role-name {{learnerRoleName}} --policy-name BuilderLabPermissions --policy-document file://lab-role-policy.json' },
    { cli: 'aws iam detach-role-policy --role-name {{learnerRoleName}} --policy-arn arn:aws:iam::aws:policy/AdministratorAccess' },
  ],
  tasks: [
    {
      id: 'intro-task-key',
      steps: [{
        id: 'intro-create-key',
        checks: [
          keyExists({ alias: ALIAS, description: 'KMS Key for S3 data', keySpec: 'SYMMETRIC_DEFAULT' }),
          keyPolicyAllows({ alias: ALIAS, principal: LEARNER, action: 'kms:PutKeyPolicy' }),
          keyPolicyAllows({ alias: ALIAS, principal: LEARNER, action: 'kms:Decrypt' }),
        ],
        hints: ['intro-create-key-h1', 'intro-create-key-h2', 'intro-create-key-h3'],
        solution: [
          { call: 'kms:CreateKey', input: { Description: 'KMS Key for S3 data', KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT', Policy: KEY_POLICY }, as: LEARNER },
          { call: 'kms:CreateAlias', input: { AliasName: ALIAS, TargetKeyId: '{{lastKeyId}}' }, as: LEARNER },
        ],
      }],
    },
    {
      id: 'intro-task-trail',
      steps: [{
        id: 'intro-create-trail',
        checks: [bucketExists({ bucket: BUCKET }), trailLogging({ trail: 'myTrail', bucket: BUCKET, managementEvents: true, s3DataEvents: true, insights: true })],
        hints: ['intro-create-trail-h1', 'intro-create-trail-h2'],
        solution: [
          { call: 's3:CreateBucket', input: { Bucket: MY_BUCKET }, as: LEARNER },
          { call: 's3:PutBucketPolicy', input: { Bucket: MY_BUCKET, Policy: trailBucketPolicy(MY_BUCKET) }, as: LEARNER },
          { call: 'cloudtrail:CreateTrail', input: { Name: 'myTrail', S3BucketName: MY_BUCKET, IsMultiRegionTrail: true, IncludeGlobalServiceEvents: true, EnableLogFileValidation: true }, as: LEARNER },
          {
            call: 'cloudtrail:PutEventSelectors', as: LEARNER,
            input: { TrailName: 'myTrail', EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] }] },
          },
          {
            call: 'cloudtrail:PutInsightSelectors', as: LEARNER,
            input: { TrailName: 'myTrail', InsightSelectors: [{ InsightType: 'ApiCallRateInsight' }, { InsightType: 'ApiErrorRateInsight' }] },
          },
          { call: 'cloudtrail:StartLogging', input: { Name: 'myTrail' }, as: LEARNER },
        ],
      }],
    },
    {
      id: 'intro-task-upload',
      steps: [{
        id: 'intro-upload',
        checks: [objectEncryptedWith({ bucket: BUCKET, algorithm: 'aws:kms', alias: ALIAS }), cloudTrailHasEvent({ eventName: 'GenerateDataKey', alias: ALIAS })],
        hints: ['intro-upload-h1', 'intro-upload-h2'],
        solution: [{
          cli: `aws s3api put-object --bucket ${MY_BUCKET} --key ${IMAGE} --body ${IMAGE} --content-type image/svg+xml --server-side-encryption aws:kms --ssekms-key-id {{keyArn:alias/myFirstKey}} --bucket-key-enabled`,
        }],
      }],
    },
    {
      id: 'intro-task-public',
      steps: [
        {
          id: 'intro-open',
          checks: [cloudTrailHasEvent({ eventName: 'Decrypt', alias: ALIAS })],
          hints: ['intro-open-h1'],
          solution: [{ openObject: MY_BUCKET, key: IMAGE, via: 'open', expectStatus: 200 }],
        },
        {
          id: 'intro-object-url',
          checks: [callFailedWith({ action: 's3:GetObject', code: 'AccessDenied' })],
          hints: ['intro-object-url-h1'],
          solution: [{ openObject: MY_BUCKET, key: IMAGE, via: 'objectUrl', expectStatus: 403 }],
        },
        {
          id: 'intro-make-public',
          checks: [publicAccessBlock({ bucket: BUCKET, ...OFF }), objectOwnership({ bucket: BUCKET, aclsEnabled: true }), objectPublic({ bucket: BUCKET, key: IMAGE, via: 'acl' })],
          hints: ['intro-make-public-h1', 'intro-make-public-h2', 'intro-make-public-h3'],
          solution: [
            { call: 's3:PutPublicAccessBlock', input: { Bucket: MY_BUCKET, PublicAccessBlockConfiguration: OFF }, as: LEARNER },
            { call: 's3:PutBucketOwnershipControls', input: { Bucket: MY_BUCKET, OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] } }, as: LEARNER },
            { call: 's3:PutObjectAcl', input: { Bucket: MY_BUCKET, Key: IMAGE, ACL: 'public-read' }, as: LEARNER },
          ],
        },
        {
          id: 'intro-url-again',
          checks: [callFailedWith({ action: 's3:GetObject', code: 'InvalidArgument' })],
          hints: ['intro-url-again-h1', 'intro-url-again-h2'],
          solution: [{ openObject: MY_BUCKET, key: IMAGE, via: 'objectUrl', expectStatus: 400 }],
        },
      ],
    },
    {
      id: 'intro-task-logs',
      steps: [{
        id: 'intro-read-logs',
        checks: [
          logFileHasEvent({ trail: 'myTrail', eventName: 'GenerateDataKey', alias: ALIAS, encryptionContext: { 'aws:s3:arn': '{{bucketArn:mycloudtrailbucket*}}' } }),
          logFileHasEvent({ trail: 'myTrail', eventName: 'Decrypt', alias: ALIAS }),
        ],
        hints: ['intro-read-logs-h1', 'intro-read-logs-h2', 'intro-read-logs-h3'],
        solution: [{ advanceClockDays: 0.01 }],
      }],
    },
    {
      id: 'intro-task-users',
      steps: [
        {
          id: 'intro-remove-user',
          checks: [keyPolicyAllows({ alias: ALIAS, principal: LEARNER, action: 'kms:Decrypt', allowed: false })],
          hints: ['intro-remove-user-h1', 'intro-remove-user-h2'],
          solution: [
            { call: 'kms:PutKeyPolicy', input: { KeyId: '{{keyId:alias/myFirstKey}}', PolicyName: 'default', Policy: KEY_POLICY_WITHOUT_USERS }, as: LEARNER },
            { openObject: MY_BUCKET, key: IMAGE, via: 'open', expectStatus: 403 },
          ],
        },
        {
          id: 'intro-add-user',
          checks: [keyPolicyAllows({ alias: ALIAS, principal: LEARNER, action: 'kms:Decrypt' })],
          hints: ['intro-add-user-h1'],
          solution: [
            { call: 'kms:PutKeyPolicy', input: { KeyId: '{{keyId:alias/myFirstKey}}', PolicyName: 'default', Policy: KEY_POLICY }, as: LEARNER },
            { openObject: MY_BUCKET, key: IMAGE, via: 'open', expectStatus: 200 },
          ],
        },
      ],
    },
    {
      id: 'intro-task-assessment',
      steps: [{
        id: 'intro-quiz',
        checks: [quizAnswered()],
        hints: ['intro-quiz-h1'],
        solution: [
          { answer: 'intro-q-trail-bucket', options: ['audit'] },
          { answer: 'intro-q-kms-vs-s3', options: ['management', 'auditing'] },
          { answer: 'intro-q-access', options: ['explicit'] },
          { answer: 'intro-q-event-type', options: ['management'] },
          { answer: 'intro-q-admin', options: ['manage'] },
        ],
      }],
    },
  ],
  quiz: [
    { id: 'intro-q-trail-bucket', type: 'single', options: [{ id: 'audit', correct: true }, { id: 'encrypt', correct: false }, { id: 'backup', correct: false }, { id: 'speed', correct: false }] },
    {
      id: 'intro-q-kms-vs-s3', type: 'multiple',
      options: [{ id: 'management', correct: true }, { id: 'auditing', correct: true }, { id: 'stronger', correct: false }, { id: 'free', correct: false }],
    },
    { id: 'intro-q-access', type: 'single', options: [{ id: 'explicit', correct: true }, { id: 'account', correct: false }, { id: 'creator', correct: false }] },
    { id: 'intro-q-event-type', type: 'single', options: [{ id: 'management', correct: true }, { id: 'data', correct: false }, { id: 'insights', correct: false }] },
    { id: 'intro-q-admin', type: 'single', options: [{ id: 'manage', correct: true }, { id: 'use', correct: false }, { id: 'read-data', correct: false }] },
  ],
});
