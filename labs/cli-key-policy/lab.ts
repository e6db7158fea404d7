/**
 * cli-key-policy: write keypolicy.json in the editor (root, key administrators, key users,
 * "Allow attachment of persistent resources" with kms:GrantIsForAWSResource), create the key
 * from it with a Name tag, give it an alias, list the aliases, read what each statement allows,
 * and meet the lockout safety check by trying to remove yourself.
 */
import { aliasPointsTo } from '../../src/runner/checks/aliasPointsTo.ts';
import { callFailedWith } from '../../src/runner/checks/callFailedWith.ts';
import { cloudTrailHasEvent } from '../../src/runner/checks/cloudTrailHasEvent.ts';
import { fileHasPolicyStatement } from '../../src/runner/checks/fileHasPolicyStatement.ts';
import { keyExists } from '../../src/runner/checks/keyExists.ts';
import { quizAnswered } from '../../src/runner/checks/quizAnswered.ts';
import { defineLab } from '../../src/runner/schema.ts';
import { KEY_POLICY, LOCKED_OUT_POLICY, ME } from './keyPolicies.ts';

const FILE = 'keypolicy.json';
const TAG = { key: 'Name', value: 'cliKey' };

export const cliKeyPolicy = defineLab({
  id: 'cli-key-policy',
  tasks: [
    {
      id: 'cli-identity',
      steps: [
        {
          id: 'cli-who-am-i',
          checks: [cloudTrailHasEvent({ eventName: 'GetCallerIdentity' })],
          hints: ['cli-who-am-i-h1'],
          solution: [{ cli: 'aws sts get-caller-identity' }],
        },
      ],
    },
    {
      id: 'cli-policy-file',
      steps: [
        {
          id: 'cli-write-policy',
          checks: [
            fileHasPolicyStatement({ path: FILE, sid: 'Enable IAM User Permissions', principal: 'arn:aws:iam::111122223333:root', actions: ['kms:*'] }),
            fileHasPolicyStatement({ path: FILE, sid: 'Allow access for Key Administrators', principal: ME, actions: ['kms:Create*', 'kms:Put*', 'kms:ScheduleKeyDeletion', 'kms:CancelKeyDeletion'] }),
            fileHasPolicyStatement({ path: FILE, sid: 'Allow use of the key', principal: ME, actions: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey*'] }),
            fileHasPolicyStatement({ path: FILE, sid: 'Allow attachment of persistent resources', principal: ME, actions: ['kms:CreateGrant'], conditionKey: 'kms:GrantIsForAWSResource' }),
          ],
          hints: ['cli-write-policy-h1', 'cli-write-policy-h2', 'cli-write-policy-h3'],
          solution: [{ writeFile: FILE, text: KEY_POLICY }],
        },
      ],
    },
    {
      id: 'cli-create',
      steps: [
        {
          id: 'cli-create-key',
          checks: [keyExists({ tag: TAG, keyState: 'Enabled' })],
          hints: ['cli-create-key-h1', 'cli-create-key-h2'],
          solution: [{ cli: 'aws kms create-key --description "CLI key policy lab" --policy file://keypolicy.json --tags TagKey=Name,TagValue=cliKey' }],
        },
        {
          id: 'cli-create-alias',
          checks: [aliasPointsTo({ alias: 'alias/cliKey', tag: TAG })],
          hints: ['cli-create-alias-h1'],
          solution: [{ cli: 'aws kms create-alias --alias-name alias/cliKey --target-key-id {{lastKeyId}}' }],
        },
        {
          id: 'cli-list-aliases',
          checks: [cloudTrailHasEvent({ eventName: 'ListAliases' })],
          hints: ['cli-list-aliases-h1'],
          solution: [{ cli: 'aws kms list-aliases --key-id {{keyId:alias/cliKey}}' }],
        },
      ],
    },
    {
      id: 'cli-statements',
      steps: [
        {
          id: 'cli-read-policy',
          checks: [cloudTrailHasEvent({ eventName: 'GetKeyPolicy', alias: 'alias/cliKey' })],
          hints: ['cli-read-policy-h1'],
          solution: [{ cli: 'aws kms get-key-policy --key-id {{keyId:alias/cliKey}} --policy-name default --query Policy --output text' }],
        },
      ],
    },
    {
      id: 'cli-lockout',
      steps: [
        {
          id: 'cli-remove-yourself',
          setup: [{ writeFile: 'keypolicy-locked.json', text: LOCKED_OUT_POLICY }],
          checks: [callFailedWith({ action: 'kms:PutKeyPolicy', code: 'MalformedPolicyDocumentException' })],
          hints: ['cli-remove-yourself-h1', 'cli-remove-yourself-h2'],
          solution: [{ cli: 'aws kms put-key-policy --key-id {{keyId:alias/cliKey}} --policy-name default --policy file://keypolicy-locked.json', expectError: 'MalformedPolicyDocumentException' }],
        },
      ],
    },
    {
      id: 'cli-review',
      steps: [
        {
          id: 'cli-quiz',
          checks: [quizAnswered()],
          hints: ['cli-quiz-h1'],
          solution: [
            { answer: 'cli-q-root', options: ['delegates'] },
            { answer: 'cli-q-admins', options: ['manage-not-use'] },
            { answer: 'cli-q-grant-condition', options: ['aws-services'] },
            { answer: 'cli-q-lockout', options: ['refused'] },
            { answer: 'cli-q-users', options: ['encrypt', 'generate-data-key', 'describe'] },
          ],
        },
      ],
    },
  ],
  quiz: [
    { id: 'cli-q-root', type: 'single', options: [{ id: 'delegates', correct: true }, { id: 'root-only', correct: false }, { id: 'everyone', correct: false }] },
    { id: 'cli-q-admins', type: 'single', options: [{ id: 'manage-not-use', correct: true }, { id: 'everything', correct: false }, { id: 'use-only', correct: false }] },
    { id: 'cli-q-grant-condition', type: 'single', options: [{ id: 'aws-services', correct: true }, { id: 'any-grant', correct: false }, { id: 'no-grants', correct: false }] },
    { id: 'cli-q-lockout', type: 'single', options: [{ id: 'refused', correct: true }, { id: 'accepted', correct: false }, { id: 'deleted', correct: false }] },
    {
      id: 'cli-q-users', type: 'multiple',
      options: [{ id: 'encrypt', correct: true }, { id: 'generate-data-key', correct: true }, { id: 'describe', correct: true }, { id: 'schedule-deletion', correct: false }, { id: 'put-policy', correct: false }],
    },
  ],
});
