/**
 * The labs, in the order the lab list shows them, each with its text in every locale.
 */
import type { Lab } from '../src/runner/schema.ts';
import { cliKeyPolicy } from './cli-key-policy/lab.ts';
import cliKeyPolicyEn from './cli-key-policy/en.json';
import cliKeyPolicyJa from './cli-key-policy/ja.json';
import { envelopeEncryption } from './envelope-encryption/lab.ts';
import envelopeEncryptionEn from './envelope-encryption/en.json';
import envelopeEncryptionJa from './envelope-encryption/ja.json';
import { introToKms } from './intro-to-kms/lab.ts';
import introToKmsEn from './intro-to-kms/en.json';
import introToKmsJa from './intro-to-kms/ja.json';
import { keyLifecycle } from './key-lifecycle/lab.ts';
import keyLifecycleEn from './key-lifecycle/en.json';
import keyLifecycleJa from './key-lifecycle/ja.json';
import { sseS3VsSseKms } from './sse-s3-vs-sse-kms/lab.ts';
import sseS3VsSseKmsEn from './sse-s3-vs-sse-kms/en.json';
import sseS3VsSseKmsJa from './sse-s3-vs-sse-kms/ja.json';

export type LabLocale = 'en' | 'ja';

export type LabEntry = { readonly lab: Lab; readonly text: Readonly<Record<LabLocale, unknown>> };

export const LABS: readonly LabEntry[] = [
  { lab: introToKms, text: { en: introToKmsEn, ja: introToKmsJa } },
  { lab: cliKeyPolicy, text: { en: cliKeyPolicyEn, ja: cliKeyPolicyJa } },
  { lab: envelopeEncryption, text: { en: envelopeEncryptionEn, ja: envelopeEncryptionJa } },
  { lab: sseS3VsSseKms, text: { en: sseS3VsSseKmsEn, ja: sseS3VsSseKmsJa } },
  { lab: keyLifecycle, text: { en: keyLifecycleEn, ja: keyLifecycleJa } },
];

export const findLab = (id: string): LabEntry | undefined => LABS.find((entry) => entry.lab.id === id);
