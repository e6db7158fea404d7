/**
 * envelope-encryption: GenerateDataKey, keep only the encrypted data key, Decrypt it later; the
 * encryption context as authenticated data and in CloudTrail; key policy vs IAM policy vs an
 * explicit deny for another user; a grant (create, use, revoke); a quotas quiz with dated facts
 * (../../../shared/notes/learning-anchors.md §D, read 2026-11-22).
 */
import { callFailedWith } from '../../src/runner/checks/callFailedWith.ts';
import { cloudTrailHasEvent } from '../../src/runner/checks/cloudTrailHasEvent.ts';
import { fileExists } from '../../src/runner/checks/fileExists.ts';
import { grantExists } from '../../src/runner/checks/grantExists.ts';
import { keyExists } from '../../src/runner/checks/keyExists.ts';
import { keyPolicyAllows } from '../../src/runner/checks/keyPolicyAllows.ts';
import { quizAnswered } from '../../src/runner/checks/quizAnswered.ts';
import { defineLab } from '../../src/runner/schema.ts';

const ALIAS = 'alias/envelopeKey';
const BOB = '{{userArn:bob}}';
const CONTEXT = { project: 'kms-lab' };
const QUOTAS = { asOf: '2026-11-22', source: 'https://docs.aws.amazon.com/kms/latest/developerguide/resource-limits.html' };

const iamPolicy = (effect: 'Allow' | 'Deny', sid: string) => JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: sid, Effect: effect, Action: 'kms:Encrypt', Resource: '{{keyArn:alias/envelopeKey}}' }],
}, null, 2);

export const envelopeEncryption = defineLab({
  id: 'envelope-encryption',
  setup: [{ writeFile: 'secret.txt', text: 'Customer list, Q3\n' }],
  tasks: [
    {
      id: 'envelope-data-keys',
      steps: [
        {
          id: 'envelope-create-key',
          checks: [keyExists({ alias: ALIAS, description: 'Envelope encryption lab' })],
          hints: ['envelope-create-key-h1'],
          solution: [
            { cli: 'aws kms create-key --description "Envelope encryption lab"' },
            { cli: 'aws kms create-alias --alias-name alias/envelopeKey --target-key-id {{lastKeyId}}' },
          ],
        },
        {
          id: 'envelope-generate-data-key',
          checks: [cloudTrailHasEvent({ eventName: 'GenerateDataKey', alias: ALIAS, encryptionContext: CONTEXT }), fileExists({ path: 'datakey.enc' })],
          hints: ['envelope-generate-data-key-h1', 'envelope-generate-data-key-h2'],
          solution: [{ cli: 'aws kms generate-data-key --key-id alias/envelopeKey --key-spec AES_256 --encryption-context project=kms-lab --query CiphertextBlob --output text | base64 --decode > datakey.enc' }],
        },
        {
          id: 'envelope-decrypt-data-key',
          checks: [cloudTrailHasEvent({ eventName: 'Decrypt', alias: ALIAS, encryptionContext: CONTEXT })],
          hints: ['envelope-decrypt-data-key-h1', 'envelope-decrypt-data-key-h2'],
          solution: [{ cli: 'aws kms decrypt --ciphertext-blob fileb://datakey.enc --encryption-context project=kms-lab --query Plaintext --output text' }],
        },
        {
          id: 'envelope-wrong-context',
          checks: [callFailedWith({ action: 'kms:Decrypt', code: 'InvalidCiphertextException' })],
          hints: ['envelope-wrong-context-h1'],
          solution: [{ cli: 'aws kms decrypt --ciphertext-blob fileb://datakey.enc --encryption-context project=other', expectError: 'InvalidCiphertextException' }],
        },
      ],
    },
    {
      id: 'envelope-policies',
      steps: [
        {
          id: 'envelope-bob-denied',
          checks: [keyPolicyAllows({ alias: ALIAS, principal: BOB, action: 'kms:Encrypt', allowed: false }), callFailedWith({ action: 'kms:Encrypt', code: 'AccessDeniedException' })],
          hints: ['envelope-bob-denied-h1', 'envelope-bob-denied-h2'],
          solution: [
            { cli: 'aws iam create-user --user-name bob' },
            { cli: 'aws iam create-access-key --user-name bob' },
            { cli: 'aws kms encrypt --key-id alias/envelopeKey --plaintext fileb://secret.txt --profile bob', expectError: 'AccessDeniedException' },
          ],
        },
        {
          id: 'envelope-iam-allow',
          setup: [{ writeFile: 'bob-allow.json', text: iamPolicy('Allow', 'AllowEncryptWithEnvelopeKey') }],
          checks: [keyPolicyAllows({ alias: ALIAS, principal: BOB, action: 'kms:Encrypt' })],
          hints: ['envelope-iam-allow-h1', 'envelope-iam-allow-h2'],
          solution: [
            { cli: 'aws iam put-user-policy --user-name bob --policy-name AllowEnvelopeKey --policy-document file://bob-allow.json' },
            { cli: 'aws kms encrypt --key-id alias/envelopeKey --plaintext fileb://secret.txt --profile bob --query KeyId' },
          ],
        },
        {
          id: 'envelope-explicit-deny',
          setup: [{ writeFile: 'bob-deny.json', text: iamPolicy('Deny', 'DenyEncryptWithEnvelopeKey') }],
          checks: [keyPolicyAllows({ alias: ALIAS, principal: BOB, action: 'kms:Encrypt', allowed: false })],
          hints: ['envelope-explicit-deny-h1'],
          solution: [
            { cli: 'aws iam put-user-policy --user-name bob --policy-name DenyEnvelopeKey --policy-document file://bob-deny.json' },
            { cli: 'aws kms encrypt --key-id alias/envelopeKey --plaintext fileb://secret.txt --profile bob', expectError: 'AccessDeniedException' },
          ],
        },
      ],
    },
    {
      id: 'envelope-grants',
      steps: [
        {
          id: 'envelope-create-grant',
          checks: [
            grantExists({ alias: ALIAS, grantee: BOB, operations: ['Decrypt'] }),
            keyPolicyAllows({ alias: ALIAS, principal: BOB, action: 'kms:Decrypt' }),
            cloudTrailHasEvent({ eventName: 'Decrypt', alias: ALIAS, userName: 'bob' }),
          ],
          hints: ['envelope-create-grant-h1', 'envelope-create-grant-h2'],
          solution: [
            { cli: 'aws kms create-grant --key-id {{keyId:alias/envelopeKey}} --grantee-principal {{userArn:bob}} --operations Decrypt --name bob-decrypt' },
            { cli: 'aws kms decrypt --ciphertext-blob fileb://datakey.enc --encryption-context project=kms-lab --profile bob --query KeyId' },
          ],
        },
        {
          id: 'envelope-revoke-grant',
          checks: [grantExists({ alias: ALIAS, grantee: BOB, absent: true }), keyPolicyAllows({ alias: ALIAS, principal: BOB, action: 'kms:Decrypt', allowed: false })],
          hints: ['envelope-revoke-grant-h1', 'envelope-revoke-grant-h2'],
          solution: [
            { cli: 'aws kms list-grants --key-id {{keyId:alias/envelopeKey}}' },
            { cli: 'aws kms revoke-grant --key-id {{keyId:alias/envelopeKey}} --grant-id {{grantId:alias/envelopeKey:bob-decrypt}}' },
          ],
        },
      ],
    },
    {
      id: 'envelope-review',
      steps: [
        {
          id: 'envelope-quiz',
          checks: [quizAnswered()],
          hints: ['envelope-quiz-h1'],
          solution: [
            { answer: 'envelope-q-why', options: ['size-and-calls'] },
            { answer: 'envelope-q-context', options: ['same-context', 'logged', 'not-secret'] },
            { answer: 'envelope-q-deny', options: ['deny-wins'] },
            { answer: 'envelope-q-keys', options: ['hundred-thousand'] },
            { answer: 'envelope-q-aliases-grants', options: ['fifty-aliases', 'fifty-thousand-grants'] },
            { answer: 'envelope-q-policy-size', options: ['thirty-two'] },
            { answer: 'envelope-q-direct-limit', options: ['four-kb'] },
          ],
        },
      ],
    },
  ],
  quiz: [
    { id: 'envelope-q-why', type: 'single', options: [{ id: 'size-and-calls', correct: true }, { id: 'stronger-cipher', correct: false }, { id: 'key-leaves', correct: false }] },
    {
      id: 'envelope-q-context', type: 'multiple',
      options: [{ id: 'same-context', correct: true }, { id: 'logged', correct: true }, { id: 'not-secret', correct: true }, { id: 'encrypted', correct: false }],
    },
    { id: 'envelope-q-deny', type: 'single', options: [{ id: 'deny-wins', correct: true }, { id: 'allow-wins', correct: false }, { id: 'key-policy-wins', correct: false }] },
    { id: 'envelope-q-keys', type: 'single', facts: QUOTAS, options: [{ id: 'hundred-thousand', correct: true }, { id: 'ten-thousand', correct: false }, { id: 'one-thousand', correct: false }] },
    {
      id: 'envelope-q-aliases-grants', type: 'multiple', facts: QUOTAS,
      options: [{ id: 'fifty-aliases', correct: true }, { id: 'fifty-thousand-grants', correct: true }, { id: 'one-alias', correct: false }, { id: 'ten-grants', correct: false }],
    },
    {
      id: 'envelope-q-policy-size', type: 'single', facts: { asOf: '2026-11-22', source: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html' },
      options: [{ id: 'thirty-two', correct: true }, { id: 'six-kb', correct: false }, { id: 'one-twenty-eight', correct: false }],
    },
    {
      id: 'envelope-q-direct-limit', type: 'single', facts: { asOf: '2026-11-22', source: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html' },
      options: [{ id: 'four-kb', correct: true }, { id: 'sixty-four-kb', correct: false }, { id: 'one-mb', correct: false }],
    },
  ],
});
