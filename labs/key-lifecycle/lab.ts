/**
 * key-lifecycle: automatic rotation (enable, fast-forward a year, new material, old ciphertext
 * still decrypts), on-demand rotation, disable and enable, schedule deletion and cancel it, key
 * states; then customer managed vs AWS managed vs AWS owned keys and a dated pricing estimate.
 * Facts and prices: ../../../shared/notes/learning-anchors.md §D (read 2026-11-22).
 */
import { callFailedWith } from '../../src/runner/checks/callFailedWith.ts';
import { clockAdvancedPast } from '../../src/runner/checks/clockAdvancedPast.ts';
import { cloudTrailHasEvent } from '../../src/runner/checks/cloudTrailHasEvent.ts';
import { fileExists } from '../../src/runner/checks/fileExists.ts';
import { keyExists } from '../../src/runner/checks/keyExists.ts';
import { keyMaterialRotated } from '../../src/runner/checks/keyMaterialRotated.ts';
import { keyRotationEnabled } from '../../src/runner/checks/keyRotationEnabled.ts';
import { keyStateIs } from '../../src/runner/checks/keyStateIs.ts';
import { quizAnswered } from '../../src/runner/checks/quizAnswered.ts';
import { defineLab } from '../../src/runner/schema.ts';

const ALIAS = 'alias/lifecycleKey';
const KEY_ID = '{{keyId:alias/lifecycleKey}}';
const PRICING = { asOf: '2026-11-22', source: 'https://aws.amazon.com/kms/pricing/' };
const QUOTAS = { asOf: '2026-11-22', source: 'https://docs.aws.amazon.com/kms/latest/developerguide/resource-limits.html' };
const ROTATION = { asOf: '2026-11-22', source: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKeyRotation.html' };

export const keyLifecycle = defineLab({
  id: 'key-lifecycle',
  tasks: [
    {
      id: 'lifecycle-start',
      steps: [
        {
          id: 'lifecycle-create-key',
          setup: [{ writeFile: 'note.txt', text: 'Quarterly report: revenue up 4%.\n' }],
          checks: [keyExists({ alias: ALIAS, description: 'Key lifecycle lab', keyState: 'Enabled' })],
          hints: ['lifecycle-create-key-h1', 'lifecycle-create-key-h2'],
          solution: [
            { cli: 'aws kms create-key --description "Key lifecycle lab"' },
            { cli: 'aws kms create-alias --alias-name alias/lifecycleKey --target-key-id {{lastKeyId}}' },
          ],
        },
        {
          id: 'lifecycle-encrypt-note',
          checks: [cloudTrailHasEvent({ eventName: 'Encrypt', alias: ALIAS }), fileExists({ path: 'note.enc' })],
          hints: ['lifecycle-encrypt-note-h1', 'lifecycle-encrypt-note-h2'],
          solution: [{ cli: 'aws kms encrypt --key-id alias/lifecycleKey --plaintext fileb://note.txt --query CiphertextBlob --output text | base64 --decode > note.enc' }],
        },
      ],
    },
    {
      id: 'lifecycle-automatic-rotation',
      steps: [
        {
          id: 'lifecycle-enable-rotation',
          checks: [keyRotationEnabled({ alias: ALIAS, periodInDays: 365 })],
          hints: ['lifecycle-enable-rotation-h1', 'lifecycle-enable-rotation-h2'],
          solution: [{ cli: `aws kms enable-key-rotation --key-id ${KEY_ID}` }, { cli: `aws kms get-key-rotation-status --key-id ${KEY_ID}` }],
        },
        {
          id: 'lifecycle-fast-forward',
          checks: [clockAdvancedPast({ days: 365 }), keyMaterialRotated({ alias: ALIAS, count: 1, rotationType: 'AUTOMATIC' })],
          hints: ['lifecycle-fast-forward-h1'],
          solution: [{ advanceClockDays: 366 }, { cli: `aws kms list-key-rotations --key-id ${KEY_ID}` }],
        },
        {
          id: 'lifecycle-decrypt-old',
          checks: [cloudTrailHasEvent({ eventName: 'Decrypt', alias: ALIAS })],
          hints: ['lifecycle-decrypt-old-h1', 'lifecycle-decrypt-old-h2'],
          solution: [{ cli: 'aws kms decrypt --ciphertext-blob fileb://note.enc --query Plaintext --output text | base64 --decode' }],
        },
      ],
    },
    {
      id: 'lifecycle-on-demand',
      steps: [
        {
          id: 'lifecycle-rotate-now',
          checks: [keyMaterialRotated({ alias: ALIAS, count: 1, rotationType: 'ON_DEMAND' })],
          hints: ['lifecycle-rotate-now-h1'],
          solution: [{ cli: `aws kms rotate-key-on-demand --key-id ${KEY_ID}` }, { cli: `aws kms list-key-rotations --key-id ${KEY_ID}` }],
        },
      ],
    },
    {
      id: 'lifecycle-disable-enable',
      steps: [
        {
          id: 'lifecycle-disable',
          checks: [keyStateIs({ alias: ALIAS, state: 'Disabled' })],
          hints: ['lifecycle-disable-h1'],
          solution: [{ cli: `aws kms disable-key --key-id ${KEY_ID}` }],
        },
        {
          id: 'lifecycle-disabled-error',
          checks: [callFailedWith({ action: 'kms:Encrypt', code: 'DisabledException' })],
          hints: ['lifecycle-disabled-error-h1'],
          solution: [{ cli: 'aws kms encrypt --key-id alias/lifecycleKey --plaintext fileb://note.txt', expectError: 'DisabledException' }],
        },
        {
          id: 'lifecycle-enable',
          checks: [keyStateIs({ alias: ALIAS, state: 'Enabled' })],
          hints: ['lifecycle-enable-h1'],
          solution: [{ cli: `aws kms enable-key --key-id ${KEY_ID}` }],
        },
      ],
    },
    {
      id: 'lifecycle-deletion',
      steps: [
        {
          id: 'lifecycle-schedule-deletion',
          checks: [keyStateIs({ alias: ALIAS, state: 'PendingDeletion' })],
          hints: ['lifecycle-schedule-deletion-h1', 'lifecycle-schedule-deletion-h2'],
          solution: [{ cli: `aws kms schedule-key-deletion --key-id ${KEY_ID} --pending-window-in-days 7` }],
        },
        {
          id: 'lifecycle-pending-error',
          checks: [callFailedWith({ action: 'kms:Decrypt', code: 'KMSInvalidStateException' })],
          hints: ['lifecycle-pending-error-h1'],
          solution: [{ cli: 'aws kms decrypt --ciphertext-blob fileb://note.enc', expectError: 'KMSInvalidStateException' }],
        },
        {
          id: 'lifecycle-cancel-deletion',
          checks: [cloudTrailHasEvent({ eventName: 'CancelKeyDeletion', alias: ALIAS }), keyStateIs({ alias: ALIAS, state: 'Disabled' })],
          hints: ['lifecycle-cancel-deletion-h1', 'lifecycle-cancel-deletion-h2'],
          solution: [{ cli: `aws kms cancel-key-deletion --key-id ${KEY_ID}` }],
        },
        {
          id: 'lifecycle-enable-again',
          checks: [keyStateIs({ alias: ALIAS, state: 'Enabled' })],
          hints: ['lifecycle-enable-again-h1'],
          solution: [{ cli: `aws kms enable-key --key-id ${KEY_ID}` }],
        },
      ],
    },
    {
      id: 'lifecycle-review',
      steps: [
        {
          id: 'lifecycle-quiz',
          checks: [quizAnswered()],
          hints: ['lifecycle-quiz-h1'],
          solution: [
            { answer: 'lifecycle-q-key-types', options: ['customer-managed'] },
            { answer: 'lifecycle-q-aws-managed', options: ['yearly', 'free-storage'] },
            { answer: 'lifecycle-q-rotation-period', options: ['range'] },
            { answer: 'lifecycle-q-on-demand', options: ['twenty-five'] },
            { answer: 'lifecycle-q-estimate', options: ['with-free-tier'] },
            { answer: 'lifecycle-q-rotation-price', options: ['three'] },
            { answer: 'lifecycle-q-deletion', options: ['seven-to-thirty'] },
          ],
        },
      ],
    },
  ],
  quiz: [
    { id: 'lifecycle-q-key-types', type: 'single', options: [{ id: 'customer-managed', correct: true }, { id: 'aws-managed', correct: false }, { id: 'aws-owned', correct: false }] },
    {
      id: 'lifecycle-q-aws-managed', type: 'multiple', facts: PRICING,
      options: [{ id: 'yearly', correct: true }, { id: 'free-storage', correct: true }, { id: 'edit-policy', correct: false }, { id: 'free-requests', correct: false }],
    },
    {
      id: 'lifecycle-q-rotation-period', type: 'single', facts: ROTATION,
      options: [{ id: 'range', correct: true }, { id: 'fixed-year', correct: false }, { id: 'three-years', correct: false }, { id: 'monthly', correct: false }],
    },
    {
      id: 'lifecycle-q-on-demand', type: 'single', facts: QUOTAS,
      options: [{ id: 'ten', correct: false }, { id: 'twenty-five', correct: true }, { id: 'unlimited', correct: false }, { id: 'one-per-year', correct: false }],
    },
    {
      id: 'lifecycle-q-estimate', type: 'single', facts: PRICING,
      options: [{ id: 'with-free-tier', correct: true }, { id: 'no-free-tier', correct: false }, { id: 'requests-only', correct: false }, { id: 'keys-only', correct: false }],
    },
    {
      id: 'lifecycle-q-rotation-price', type: 'single', facts: { asOf: '2026-11-22', source: 'https://aws.amazon.com/blogs/security/the-curious-case-of-faster-aws-kms-symmetric-key-rotation/' },
      options: [{ id: 'one', correct: false }, { id: 'three', correct: true }, { id: 'five', correct: false }],
    },
    {
      id: 'lifecycle-q-deletion', type: 'single', facts: { asOf: '2026-11-22', source: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_ScheduleKeyDeletion.html' },
      options: [{ id: 'seven-to-thirty', correct: true }, { id: 'immediate', correct: false }, { id: 'ninety', correct: false }],
    },
  ],
});
