import { defineConfig } from '@playwright/test';
import chromium from './test/e2e/chromium.json';

// Browser tests run against the production build (npm run test:e2e builds it
// first), served by a tiny static server on a port the dev server does not use,
// which also starts a tinylicious on a free port for the panes' Live Share.
const port = Number(process.env.E2E_PORT) || 4317;

/** Debian's Chromium (Playwright cannot download its own browsers here); shared with the bench. */
const chromiumLaunchOptions = { ...chromium, executablePath: process.env.CHROMIUM_PATH ?? chromium.executablePath };

export default defineConfig({
  testDir: 'test/e2e',
  workers: 1,
  retries: 0,
  reporter: 'list',
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: `node test/e2e/serve.mjs ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    // serve.mjs also runs the simulator's tinylicious; SIGTERM lets it stop that and remove its storage.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
