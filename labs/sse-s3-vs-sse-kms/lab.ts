/**
 * sse-s3-vs-sse-kms: two buckets, one encrypting with S3 managed keys (SSE-S3) and one with a
 * customer managed KMS key (SSE-KMS), and who can write, read and publish what — the sources'
 * walkthrough (issue #7; the same scenarios are engine tests in src/engine/iam/authorizeS3.test.ts):
 * a writer role with only AmazonS3FullAccess cannot upload into the SSE-KMS bucket until it may use
 * the key; poweruser (PowerUserAccess) and normaluser (AmazonS3ReadOnlyAccess) can both list, but
 * only poweruser can download from the SSE-KMS bucket; with both buckets public, anyone reads the
 * SSE-S3 object and nobody reads the SSE-KMS one without SigV4.
 *
 * Terminal lines run as the Admin user (the default profile) or `--profile <user>`; console calls
 * and Open as another principal are the console after the header's principal switcher
 * (`as: {{roleArn:writer}}`, `as: {{userArn:normaluser}}`). Lab data is JSON, so the writer's
 * console uploads are replayed with an empty file. Downloads are the console's Open (the
 * terminal's `aws --profile poweruser s3api get-object … <outfile>` works as well).
 */
import { bucketExists } from '../../src/runner/checks/bucketExists.ts';
import { callFailedWith } from '../../src/runner/checks/callFailedWith.ts';
import { cloudTrailHasEvent } from '../../src/runner/checks/cloudTrailHasEvent.ts';
import { keyExists } from '../../src/runner/checks/keyExists.ts';
import { keyPolicyAllows } from '../../src/runner/checks/keyPolicyAllows.ts';
import { objectEncryptedWith } from '../../src/runner/checks/objectEncryptedWith.ts';
import { objectPublic } from '../../src/runner/checks/objectPublic.ts';
import { publicAccessBlock } from '../../src/runner/checks/publicAccessBlock.ts';
import { quizAnswered } from '../../src/runner/checks/quizAnswered.ts';
import { defineLab } from '../../src/runner/schema.ts';
import { KMS_DEFAULT_ENCRYPTION, publicReadPolicy, REPORT_TEXT, WRITER_KMS_POLICY, WRITER_TRUST_POLICY } from './policies.ts';

const ALIAS = 'alias/sseLabKey';
/** The learner picks the ending; the solution uses the account id. */
const S3_BUCKET = 'sse-s3-bucket*';
const KMS_BUCKET = 'sse-kms-bucket*';
const MY_S3_BUCKET = 'sse-s3-bucket-{{accountId}}';
const MY_KMS_BUCKET = 'sse-kms-bucket-{{accountId}}';
const WRITER = '{{roleArn:writer}}';
const OFF = 'BlockPublicAcls=false,IgnorePublicAcls=false,BlockPublicPolicy=false,RestrictPublicBuckets=false';
const PAB_OFF = { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false };

export const sseS3VsSseKms = defineLab({
  id: 'sse-s3-vs-sse-kms',
  // Every file the steps say the lab wrote for the learner (the public-read policies name the
  // buckets the solution creates, sse-s3-bucket-<account> and sse-kms-bucket-<account>); the
  // ones naming the key's ARN are written when their step begins, once the key exists.
  setup: [
    { writeFile: 'report.txt', text: REPORT_TEXT },
    { writeFile: 'writer-trust.json', text: WRITER_TRUST_POLICY },
    { writeFile: 'public-read-sse-s3.json', text: publicReadPolicy(MY_S3_BUCKET) },
    { writeFile: 'public-read-sse-kms.json', text: publicReadPolicy(MY_KMS_BUCKET) },
  ],
  tasks: [
    {
      id: 'sse-task-buckets',
      steps: [
        {
          id: 'sse-create-key',
          checks: [keyExists({ alias: ALIAS, keySpec: 'SYMMETRIC_DEFAULT' })],
          hints: ['sse-create-key-h1', 'sse-create-key-h2'],
          solution: [
            { cli: 'aws kms create-key --description "Key for the SSE-KMS bucket"' },
            { cli: `aws kms create-alias --alias-name ${ALIAS} --target-key-id {{lastKeyId}}` },
          ],
        },
        {
          id: 'sse-create-buckets',
          setup: [{ writeFile: 'kms-default-encryption.json', text: KMS_DEFAULT_ENCRYPTION }],
          checks: [bucketExists({ bucket: S3_BUCKET, defaultEncryption: 'AES256' }), bucketExists({ bucket: KMS_BUCKET, defaultEncryption: 'aws:kms' })],
          hints: ['sse-create-buckets-h1', 'sse-create-buckets-h2', 'sse-create-buckets-h3'],
          solution: [
            { cli: `aws s3api create-bucket --bucket ${MY_S3_BUCKET}` },
            { cli: `aws s3api create-bucket --bucket ${MY_KMS_BUCKET}` },
            { writeFile: 'kms-default-encryption.json', text: KMS_DEFAULT_ENCRYPTION },
            { cli: `aws s3api put-bucket-encryption --bucket ${MY_KMS_BUCKET} --server-side-encryption-configuration file://kms-default-encryption.json` },
          ],
        },
        {
          id: 'sse-upload',
          checks: [
            objectEncryptedWith({ bucket: S3_BUCKET, key: 'report.txt', algorithm: 'AES256' }),
            objectEncryptedWith({ bucket: KMS_BUCKET, key: 'report.txt', algorithm: 'aws:kms', alias: ALIAS }),
          ],
          hints: ['sse-upload-h1', 'sse-upload-h2'],
          solution: [
            { cli: `aws s3api put-object --bucket ${MY_S3_BUCKET} --key report.txt --body report.txt --content-type text/plain` },
            { cli: `aws s3api put-object --bucket ${MY_KMS_BUCKET} --key report.txt --body report.txt --content-type text/plain` },
          ],
        },
      ],
    },
    {
      id: 'sse-task-writer',
      steps: [
        {
          id: 'sse-writer-role',
          checks: [keyPolicyAllows({ alias: ALIAS, principal: WRITER, action: 'kms:GenerateDataKey', allowed: false })],
          hints: ['sse-writer-role-h1', 'sse-writer-role-h2'],
          solution: [
            { writeFile: 'writer-trust.json', text: WRITER_TRUST_POLICY },
            { cli: 'aws iam create-role --role-name writer --assume-role-policy-document file://writer-trust.json' },
            { cli: 'aws iam attach-role-policy --role-name writer --policy-arn arn:aws:iam::aws:policy/AmazonS3FullAccess' },
          ],
        },
        {
          id: 'sse-writer-denied',
          checks: [objectEncryptedWith({ bucket: S3_BUCKET, key: 'writer.txt', algorithm: 'AES256' }), callFailedWith({ action: 's3:PutObject', code: 'AccessDenied' })],
          hints: ['sse-writer-denied-h1', 'sse-writer-denied-h2'],
          solution: [
            { call: 's3:PutObject', input: { Bucket: MY_S3_BUCKET, Key: 'writer.txt', ContentType: 'text/plain' }, as: WRITER },
            { call: 's3:PutObject', input: { Bucket: MY_KMS_BUCKET, Key: 'writer.txt', ContentType: 'text/plain' }, as: WRITER, expectError: 'AccessDenied' },
          ],
        },
        {
          id: 'sse-writer-allowed',
          setup: [{ writeFile: 'writer-kms.json', text: WRITER_KMS_POLICY }],
          checks: [
            keyPolicyAllows({ alias: ALIAS, principal: WRITER, action: 'kms:GenerateDataKey' }),
            objectEncryptedWith({ bucket: KMS_BUCKET, key: 'writer.txt', algorithm: 'aws:kms', alias: ALIAS }),
          ],
          hints: ['sse-writer-allowed-h1', 'sse-writer-allowed-h2', 'sse-writer-allowed-h3'],
          solution: [
            { writeFile: 'writer-kms.json', text: WRITER_KMS_POLICY },
            { cli: 'aws iam put-role-policy --role-name writer --policy-name UseSseLabKey --policy-document file://writer-kms.json' },
            { call: 's3:PutObject', input: { Bucket: MY_KMS_BUCKET, Key: 'writer.txt', ContentType: 'text/plain' }, as: WRITER },
          ],
        },
      ],
    },
    {
      id: 'sse-task-users',
      steps: [
        {
          id: 'sse-create-users',
          checks: [
            keyPolicyAllows({ alias: ALIAS, principal: '{{userArn:poweruser}}', action: 'kms:Decrypt' }),
            keyPolicyAllows({ alias: ALIAS, principal: '{{userArn:normaluser}}', action: 'kms:Decrypt', allowed: false }),
          ],
          hints: ['sse-create-users-h1', 'sse-create-users-h2'],
          solution: [
            { cli: 'aws iam create-user --user-name poweruser' },
            { cli: 'aws iam attach-user-policy --user-name poweruser --policy-arn arn:aws:iam::aws:policy/PowerUserAccess' },
            { cli: 'aws iam create-access-key --user-name poweruser' },
            { cli: 'aws iam create-user --user-name normaluser' },
            { cli: 'aws iam attach-user-policy --user-name normaluser --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' },
            { cli: 'aws iam create-access-key --user-name normaluser' },
          ],
        },
        {
          id: 'sse-poweruser',
          checks: [cloudTrailHasEvent({ eventName: 'Decrypt', alias: ALIAS, userName: 'poweruser' })],
          hints: ['sse-poweruser-h1', 'sse-poweruser-h2'],
          solution: [
            { cli: `aws s3api list-objects-v2 --bucket ${MY_KMS_BUCKET} --profile poweruser` },
            { openObject: MY_KMS_BUCKET, key: 'report.txt', via: 'open', expectStatus: 200, as: '{{userArn:poweruser}}' },
          ],
        },
        {
          id: 'sse-normaluser',
          checks: [
            callFailedWith({ action: 's3:GetObject', code: 'AccessDenied' }),
            cloudTrailHasEvent({ eventName: 'Decrypt', alias: ALIAS, userName: 'normaluser', errorCode: 'AccessDenied' }),
          ],
          hints: ['sse-normaluser-h1', 'sse-normaluser-h2'],
          solution: [
            { cli: `aws s3api list-objects-v2 --bucket ${MY_KMS_BUCKET} --profile normaluser` },
            { openObject: MY_S3_BUCKET, key: 'report.txt', via: 'open', expectStatus: 200, as: '{{userArn:normaluser}}' },
            { openObject: MY_KMS_BUCKET, key: 'report.txt', via: 'open', expectStatus: 403, as: '{{userArn:normaluser}}' },
          ],
        },
      ],
    },
    {
      id: 'sse-task-public',
      steps: [
        {
          id: 'sse-make-public',
          checks: [
            publicAccessBlock({ bucket: S3_BUCKET, ...PAB_OFF }),
            publicAccessBlock({ bucket: KMS_BUCKET, ...PAB_OFF }),
            objectPublic({ bucket: S3_BUCKET, key: 'report.txt', via: 'policy' }),
            objectPublic({ bucket: KMS_BUCKET, key: 'report.txt', via: 'policy' }),
          ],
          hints: ['sse-make-public-h1', 'sse-make-public-h2', 'sse-make-public-h3'],
          solution: [
            { cli: `aws s3api put-public-access-block --bucket ${MY_S3_BUCKET} --public-access-block-configuration ${OFF}` },
            { cli: `aws s3api put-public-access-block --bucket ${MY_KMS_BUCKET} --public-access-block-configuration ${OFF}` },
            { writeFile: 'public-read-sse-s3.json', text: publicReadPolicy(MY_S3_BUCKET) },
            { writeFile: 'public-read-sse-kms.json', text: publicReadPolicy(MY_KMS_BUCKET) },
            { cli: `aws s3api put-bucket-policy --bucket ${MY_S3_BUCKET} --policy file://public-read-sse-s3.json` },
            { cli: `aws s3api put-bucket-policy --bucket ${MY_KMS_BUCKET} --policy file://public-read-sse-kms.json` },
          ],
        },
        {
          id: 'sse-object-urls',
          checks: [callFailedWith({ action: 's3:GetObject', code: 'InvalidArgument' })],
          hints: ['sse-object-urls-h1', 'sse-object-urls-h2'],
          solution: [
            { openObject: MY_S3_BUCKET, key: 'report.txt', via: 'objectUrl', expectStatus: 200 },
            { openObject: MY_KMS_BUCKET, key: 'report.txt', via: 'objectUrl', expectStatus: 400 },
          ],
        },
      ],
    },
    {
      id: 'sse-task-quiz',
      steps: [{
        id: 'sse-quiz',
        checks: [quizAnswered()],
        hints: ['sse-quiz-h1'],
        solution: [
          { answer: 'sse-q-writer', options: ['kms'] },
          { answer: 'sse-q-fix', options: ['key-policy', 'iam-policy'] },
          { answer: 'sse-q-normaluser', options: ['decrypt'] },
          { answer: 'sse-q-public', options: ['sigv4'] },
          { answer: 'sse-q-choose', options: ['separate', 'audit'] },
        ],
      }],
    },
  ],
  quiz: [
    { id: 'sse-q-writer', type: 'single', options: [{ id: 'kms', correct: true }, { id: 'bucket-policy', correct: false }, { id: 's3-permission', correct: false }, { id: 'sigv4', correct: false }] },
    {
      id: 'sse-q-fix', type: 'multiple',
      options: [{ id: 'key-policy', correct: true }, { id: 'iam-policy', correct: true }, { id: 'bucket-policy', correct: false }, { id: 'public-access', correct: false }],
    },
    { id: 'sse-q-normaluser', type: 'single', options: [{ id: 'decrypt', correct: true }, { id: 'list', correct: false }, { id: 'acl', correct: false }, { id: 'disabled', correct: false }] },
    { id: 'sse-q-public', type: 'single', options: [{ id: 'sigv4', correct: true }, { id: 'served', correct: false }, { id: 'decrypted-by-s3', correct: false }] },
    {
      id: 'sse-q-choose', type: 'multiple',
      options: [{ id: 'separate', correct: true }, { id: 'audit', correct: true }, { id: 'stronger', correct: false }, { id: 'free', correct: false }],
    },
  ],
});
