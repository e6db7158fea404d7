/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import { sdkXmlParserForWorkers } from './scripts/sdkXmlParserForWorkers.ts';
import { objectUrlWorker } from './scripts/objectUrlWorkerPlugin.ts';

export default defineConfig({
  plugins: [
    // Before react(): it writes src/routeTree.gen.ts (committed, so tsc works on a fresh clone).
    // Vitest does not need it and must not rewrite files while tests run.
    ...(process.env.VITEST ? [] : [tanstackRouter({ target: 'react', autoCodeSplitting: true, routesDirectory: 'src/ui/routes', generatedRouteTree: 'src/routeTree.gen.ts' })]),
    react(),
    objectUrlWorker(),
  ],
  worker: { plugins: () => [sdkXmlParserForWorkers()] },
  build: { chunkSizeWarningLimit: 4000, manifest: true },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'labs/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
