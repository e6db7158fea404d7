/**
 * The first page's weight (ISSUE 5 budgets: ≤ 350 KB JS, ≤ 250 KB CSS, gzipped), read from
 * Vite's build manifest: everything the browser fetches before the first route is on screen —
 * the entry and everything it imports statically, every file dist/index.html links
 * (modulepreloads, stylesheets), the first route's chunks (`/` sends the learner to the
 * customer managed keys) with their static imports, and the language catalogues main.tsx
 * awaits before its first render (ours and Cloudscape's, in the heavier of the two languages).
 *
 * The console shell renders before the engine: src/startClient.ts (the engine, the client,
 * IndexedDB persistence) is fetched at once but not waited for, and route content shows a
 * loading state until it is ready; so does the first route's table code (the route fetches it
 * as it matches: ui/panels/kms/LazyKeysTable.tsx). Their weight is reported as `then` — what
 * arrives, in parallel, before the first route shows its keys — without a budget. Other lazy
 * chunks (Monaco, the terminal, labs, other routes, the other language) do not count.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[] };
type Manifest = Record<string, ManifestChunk>;
export type BundleSize = {
  readonly jsBytes: number;
  readonly cssBytes: number;
  readonly files: readonly string[];
  /** The language the figures are for (the heavier one). */
  readonly locale: string;
  /** Gzipped JS fetched beside the first paint, before the first route has its data: the engine's chunk, the route's table and their imports. */
  readonly thenJsBytes: number;
};

export const BUDGET = { jsBytes: 350 * 1024, cssBytes: 250 * 1024 } as const;

const FIRST_ROUTE_SOURCES = ['src/ui/routes/index.tsx', 'src/ui/routes/kms.keys.index.tsx'];
/** What main.tsx awaits before it renders, per language (manifest keys end so). */
const CATALOGUES: Record<string, readonly string[]> = {
  ja: ['src/i18n/ja.json', '/i18n/messages/all.ja.js'],
  en: ['src/i18n/en.json', '/i18n/messages/all.en.js'],
};
const ENGINE_SOURCE = 'src/startClient.ts';

const isSource = (key: string, source: string) => key === source || key.startsWith(`${source}?`) || (source.startsWith('/') && key.endsWith(source));

/** Manifest keys reachable by static imports from the keys matching `sources`. */
function reach(manifest: Manifest, roots: readonly string[], seen = new Set<string>()): Set<string> {
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  roots.forEach(visit);
  return seen;
}

const keysOf = (manifest: Manifest, sources: readonly string[]) => Object.keys(manifest).filter((key) => sources.some((source) => isSource(key, source)));

/** Files dist/index.html makes the browser fetch before any script runs. */
function linkedFiles(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  return [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
}

function firstPaint(distDir: string, manifest: Manifest, locale: string) {
  const entries = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
  const keys = reach(manifest, [...entries, ...keysOf(manifest, FIRST_ROUTE_SOURCES), ...keysOf(manifest, CATALOGUES[locale]!)]);
  const files = new Set(linkedFiles(distDir));
  for (const key of keys) {
    files.add(manifest[key]!.file);
    for (const css of manifest[key]!.css ?? []) files.add(css);
  }
  return { keys, files: [...files] };
}

export function initialBundleSize(distDir: string): BundleSize {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const gzipped = (file: string) => gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
  const sum = (files: readonly string[]) => files.reduce((total, file) => total + gzipped(file), 0);
  const sizes = Object.keys(CATALOGUES).map((locale) => {
    const { keys, files } = firstPaint(distDir, manifest, locale);
    const routeLazy = [...reach(manifest, keysOf(manifest, FIRST_ROUTE_SOURCES))].flatMap((key) => manifest[key]!.dynamicImports ?? []);
    const then = [...reach(manifest, [...keysOf(manifest, [ENGINE_SOURCE]), ...routeLazy])].filter((key) => !keys.has(key)).map((key) => manifest[key]!.file);
    return {
      locale,
      files,
      jsBytes: sum(files.filter((f) => f.endsWith('.js'))),
      cssBytes: sum(files.filter((f) => f.endsWith('.css'))),
      thenJsBytes: sum(then.filter((f) => f.endsWith('.js'))),
    };
  });
  return sizes.reduce((a, b) => (b.jsBytes > a.jsBytes ? b : a));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function describeBundleSize(size: BundleSize): string {
  return `first route, gzipped (${size.locale}): JS ${kb(size.jsBytes)} (budget ${kb(BUDGET.jsBytes)}), CSS ${kb(size.cssBytes)} (budget ${kb(BUDGET.cssBytes)}) over ${size.files.length} files; then, while the shell shows, the engine and the key table: ${kb(size.thenJsBytes)} of JS`;
}

/** For `npm run bench`: reads the last `vite build` (run `npm run build` first for fresh figures). */
export function reportBundleSize(distDir = 'dist'): void {
  if (!existsSync(join(distDir, '.vite/manifest.json'))) {
    console.log('\nBundle size: no dist/.vite/manifest.json; run `npm run build` first.');
    return;
  }
  const size = initialBundleSize(distDir);
  const met = size.jsBytes <= BUDGET.jsBytes && size.cssBytes <= BUDGET.cssBytes;
  console.log(`\nBundle size (${met ? 'met' : 'NOT MET'}): ${describeBundleSize(size)}`);
}
