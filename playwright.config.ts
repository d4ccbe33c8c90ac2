import { defineConfig, devices } from '@playwright/test';
import { FALLBACK_FIXTURE } from './tests/e2e/fallback-fixture';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${PORT}`;

/**
 * End-to-end tests run in Debian's Chromium (browsers cannot be downloaded
 * here) against the production build, started by Playwright itself.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : [
        {
          // No -H: with an IP there, `next start` treats the proxy's rewrites
          // as requests to another host (its middleware sees `localhost`).
          command: `node_modules/.bin/next start -p ${PORT}`,
          url: `${baseURL}/en/docs`,
          reuseExistingServer: !process.env.CI,
          timeout: 60_000,
        },
        {
          // The same site built with an incomplete Spanish catalog (npm run build:fallback).
          command: `node_modules/.bin/next start -p ${FALLBACK_FIXTURE.port}`,
          env: { NEXT_DIST_DIR: '.next-fallback' },
          url: `http://127.0.0.1:${FALLBACK_FIXTURE.port}/en/docs`,
          reuseExistingServer: !process.env.CI,
          timeout: 60_000,
        },
      ],
});
