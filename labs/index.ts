/**
 * The labs, in the order the lab list shows them. Each is listed by id and loads (its steps
 * and its text in every locale) only when it is opened, so no lab weighs on the first page.
 */
import type { Lab } from '../src/runner/schema.ts';

export type LabLocale = 'en' | 'ja';

export type LabEntry = { readonly lab: Lab; readonly text: Readonly<Record<LabLocale, unknown>> };

/** A lab by id; `load` fetches it (its lab.ts, en.json and ja.json). */
export type LabListing = { readonly id: string; load(): Promise<LabEntry> };

type Json = Promise<{ default: unknown }>;
const entry = async (lab: Promise<Lab>, en: Json, ja: Json): Promise<LabEntry> => {
  const [loaded, enText, jaText] = await Promise.all([lab, en, ja]);
  return { lab: loaded, text: { en: enText.default, ja: jaText.default } };
};

export const LABS: readonly LabListing[] = [
  { id: 'intro-to-kms', load: () => entry(import('./intro-to-kms/lab.ts').then((m) => m.introToKms), import('./intro-to-kms/en.json'), import('./intro-to-kms/ja.json')) },
  { id: 'cli-key-policy', load: () => entry(import('./cli-key-policy/lab.ts').then((m) => m.cliKeyPolicy), import('./cli-key-policy/en.json'), import('./cli-key-policy/ja.json')) },
  { id: 'envelope-encryption', load: () => entry(import('./envelope-encryption/lab.ts').then((m) => m.envelopeEncryption), import('./envelope-encryption/en.json'), import('./envelope-encryption/ja.json')) },
  { id: 'sse-s3-vs-sse-kms', load: () => entry(import('./sse-s3-vs-sse-kms/lab.ts').then((m) => m.sseS3VsSseKms), import('./sse-s3-vs-sse-kms/en.json'), import('./sse-s3-vs-sse-kms/ja.json')) },
  { id: 'key-lifecycle', load: () => entry(import('./key-lifecycle/lab.ts').then((m) => m.keyLifecycle), import('./key-lifecycle/en.json'), import('./key-lifecycle/ja.json')) },
];

/** Every lab, loaded: for the lab list and the tests. */
export const loadAllLabs = (): Promise<LabEntry[]> => Promise.all(LABS.map((listing) => listing.load()));
