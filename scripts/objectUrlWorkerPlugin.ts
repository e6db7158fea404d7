/**
 * Builds the object-URL service worker (src/serviceWorker/s3ObjectWorker.ts) as one classic
 * script at a stable path, /s3-object-worker.js: a service worker's URL must not change between
 * builds, and a single file needs no module-worker support. esbuild bundles it on its own, so
 * it never shares a chunk with the app. The dev server builds it on each request.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ENTRY = fileURLToPath(new URL('../src/serviceWorker/s3ObjectWorker.ts', import.meta.url));
export const OBJECT_URL_WORKER_FILE = 's3-object-worker.js';

async function bundleWorker(minify: boolean): Promise<string> {
  const result = await build({ entryPoints: [ENTRY], bundle: true, format: 'iife', target: 'es2022', write: false, minify, legalComments: 'none' });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no service worker');
  return output.text;
}

export function objectUrlWorker(): Plugin {
  return {
    name: 'kms-lab:object-url-worker',
    configureServer(server) {
      server.middlewares.use(`/${OBJECT_URL_WORKER_FILE}`, (_request, response, next) => {
        bundleWorker(false).then((code) => {
          response.setHeader('content-type', 'text/javascript; charset=utf-8');
          response.setHeader('cache-control', 'no-cache');
          response.end(code);
        }, next);
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: OBJECT_URL_WORKER_FILE, source: await bundleWorker(true) });
    },
  };
}
