/**
 * The labs the console offers, handed in by the composition root (main.tsx passes
 * labs/index.ts's listings): each lab by id, its steps and its text in every locale (keyed as
 * src/runner/schema.ts describes) fetched the first time it is needed.
 */
import { createContext, useContext, useEffect, useState } from 'react';
import type { Lab } from '../../runner/index.ts';
import type { Locale } from '../../i18n/i18n.ts';

export type LabCatalogEntry = { readonly lab: Lab; readonly text: Readonly<Record<Locale, unknown>> };
export type LabListing = { readonly id: string; load(): Promise<LabCatalogEntry> };

export const LabCatalogContext = createContext<readonly LabListing[]>([]);

export const useLabCatalog = (): readonly LabListing[] => useContext(LabCatalogContext);

// One load per lab, so every part of the console holds the same entry object.
const loaded = new WeakMap<LabListing, Promise<LabCatalogEntry>>();

export function loadLabEntry(listing: LabListing): Promise<LabCatalogEntry> {
  let pending = loaded.get(listing);
  if (!pending) {
    pending = listing.load();
    pending.catch(() => loaded.delete(listing)); // a failed fetch is tried again next time
    loaded.set(listing, pending);
  }
  return pending;
}

export const findLabListing = (catalogue: readonly LabListing[], labId: string): LabListing | undefined =>
  catalogue.find((listing) => listing.id === labId);

export type LabLoad<T> = { readonly status: 'loading' } | { readonly status: 'missing' } | { readonly status: 'failed'; readonly error: unknown } | { readonly status: 'ready'; readonly value: T };

function useLoad<T>(load: (() => Promise<T>) | undefined, key: unknown): LabLoad<T> {
  const [state, setState] = useState<{ key: unknown; load: LabLoad<T> }>({ key, load: { status: 'loading' } });
  useEffect(() => {
    if (!load) return;
    let current = true;
    load().then(
      (value) => current && setState({ key, load: { status: 'ready', value } }),
      (error: unknown) => current && setState({ key, load: { status: 'failed', error } }),
    );
    return () => void (current = false);
    // `key` names what `load` fetches.
  }, [key]);
  if (!load) return { status: 'missing' };
  return state.key === key ? state.load : { status: 'loading' };
}

/** One lab, for its page. */
export function useLabEntry(labId: string): LabLoad<LabCatalogEntry> {
  const listing = findLabListing(useLabCatalog(), labId);
  return useLoad(listing && (() => loadLabEntry(listing)), listing);
}

/** Every lab, for the lab list. */
export function useLabEntries(): LabLoad<readonly LabCatalogEntry[]> {
  const catalogue = useLabCatalog();
  return useLoad(() => Promise.all(catalogue.map(loadLabEntry)), catalogue);
}
