/**
 * The in-process requestHandler in a real browser: the probe is bundled for the browser
 * (so the SDK's browser runtime config is the one that runs) and executed in Chromium, the
 * browser the e2e suite already requires.
 */
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const executablePath = candidates.find((p): p is string => !!p && existsSync(p));

it('lets the browser build of @aws-sdk/client-kms encrypt, decrypt and fail as AWS would, in Chromium', async () => {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./browserProbe.ts', import.meta.url))],
    bundle: true, platform: 'browser', format: 'iife', write: false, logLevel: 'silent',
  });
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    // A secure origin of its own, so WebCrypto is available as on the lab's page.
    await page.route('https://kms-lab.test/', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>probe</title>' }));
    await page.goto('https://kms-lab.test/');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const result = await page.evaluate(() => (globalThis as unknown as { kmsLabProbe: () => Promise<Record<string, unknown>> }).kmsLabProbe());
    expect(result).toMatchObject({
      isBrowserBuild: true,
      encryptKeyId: result.keyArn,
      plaintext: 'hello from Chromium',
      disabled: { name: 'DisabledException', message: `${String(result.keyArn)} is disabled.`, status: 400 },
      wrongSecret: { name: 'InvalidSignatureException', status: 400 },
    });
  } finally {
    await browser.close();
  }
});
