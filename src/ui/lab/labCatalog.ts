/**
 * The labs the console offers, handed in by the composition root (main.tsx imports
 * labs/index.ts), each with its text in every locale, keyed as src/runner/schema.ts describes.
 */
import { createContext, useContext } from 'react';
import type { Lab } from '../../runner/index.ts';
import type { Locale } from '../../i18n/i18n.ts';

export type LabCatalogEntry = { readonly lab: Lab; readonly text: Readonly<Record<Locale, unknown>> };

export const LabCatalogContext = createContext<readonly LabCatalogEntry[]>([]);

export const useLabCatalog = (): readonly LabCatalogEntry[] => useContext(LabCatalogContext);

export const findLabEntry = (catalogue: readonly LabCatalogEntry[], labId: string): LabCatalogEntry | undefined =>
  catalogue.find((entry) => entry.lab.id === labId);
