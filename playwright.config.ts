import { defineConfig, devices } from '@playwright/test';
import { FALLBACK_FIXTURE } from './tests/e2e/fallback-fixture';

/** Where each deployment target is served during the tests. */
export const TARGETS = {
  server: 3100, // `next start` (npm run build)
  static: 3200, // nginx with deploy/nginx.conf serving out/ (npm run build:static)
} as const;

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    // Debian's Chromium: browsers cannot be downloaded here.
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
};

const reuse = !process.env.CI;

/**
 * The same end-to-end suite runs against both deployment targets, in
 * Chromium, against production builds. The fallback build (a Spanish
 * catalog with missing messages) has its own small suite.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'server',
      testIgnore: [/fallback\.spec\.ts/, /static\//],
      use: { ...chromium, baseURL: `http://127.0.0.1:${TARGETS.server}` },
    },
    {
      name: 'static',
      testIgnore: /fallback\.spec\.ts/,
      // Also runs tests/e2e/static/: what only the export and nginx do.
      use: { ...chromium, baseURL: `http://127.0.0.1:${TARGETS.static}` },
    },
    {
      name: 'fallback',
      testMatch: /fallback\.spec\.ts/,
      use: { ...chromium, baseURL: `http://127.0.0.1:${FALLBACK_FIXTURE.port}` },
    },
  ],
  webServer: [
    {
      // No -H: with an IP there, `next start` treats the proxy's rewrites as
      // requests to another host (its middleware sees `localhost`).
      command: `node_modules/.bin/next start -p ${TARGETS.server}`,
      url: `http://127.0.0.1:${TARGETS.server}/en/docs/`,
      reuseExistingServer: reuse,
      timeout: 60_000,
    },
    {
      command: `bash scripts/serve-static.sh ${TARGETS.static}`,
      url: `http://127.0.0.1:${TARGETS.static}/en/docs/`,
      reuseExistingServer: reuse,
      timeout: 30_000,
    },
    {
      command: `node_modules/.bin/next start -p ${FALLBACK_FIXTURE.port}`,
      env: { NEXT_DIST_DIR: '.next-fallback' },
      url: `http://127.0.0.1:${FALLBACK_FIXTURE.port}/en/docs/`,
      reuseExistingServer: reuse,
      timeout: 60_000,
    },
  ],
});
