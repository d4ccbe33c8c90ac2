import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { NODE_SERVER, TARGETS } from './scripts/lib/ports';
import { DOCUMENT } from './tests/e2e/tags';

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    // Debian's build of Chromium's headless shell, the browser Playwright
    // itself runs headless tests in (browsers cannot be downloaded here).
    // The full browser in headless mode costs about twice the CPU per test.
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell',
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

/** The servers the projects run against; each project starts only those it needs. */
const SERVERS = {
  // Bound to loopback, the way a service behind a reverse proxy runs.
  server: {
    command: `${NODE_SERVER.command} ${NODE_SERVER.args.join(' ')} -H 127.0.0.1 -p ${TARGETS.server}`,
    url: `http://127.0.0.1:${TARGETS.server}/en/docs/`,
    reuseExistingServer: reuse,
    timeout: 60_000,
  },
  // nginx with deploy/nginx-node.conf and TLS, in front of `server`.
  proxied: {
    command: `bash scripts/serve-proxied.sh ${TARGETS.proxied} ${TARGETS.server}`,
    url: `https://127.0.0.1:${TARGETS.proxied}/en/docs/`,
    ignoreHTTPSErrors: true,
    reuseExistingServer: reuse,
    timeout: 60_000,
  },
  static: {
    command: `bash scripts/serve-static.sh ${TARGETS.static}`,
    url: `http://127.0.0.1:${TARGETS.static}/en/docs/`,
    reuseExistingServer: reuse,
    timeout: 30_000,
  },
} satisfies Record<string, NonNullable<PlaywrightTestConfig['webServer']>>;
type ServerName = keyof typeof SERVERS;

/** Each project, with the servers it needs. */
const PROJECT_SERVERS: Record<string, ServerName[]> = {
  server: ['server'],
  proxied: ['server', 'proxied'],
  // The Node.js server too: tests/e2e/static/same-pages.spec.ts compares the two.
  static: ['static', 'server'],
  // Starts its own servers (tests/e2e/fuzz/servers.ts), whose logs it reads.
  fuzz: [],
};

/**
 * The projects chosen on the command line (`--project static`, or several),
 * every project by default: `npx playwright test --project static` starts
 * nginx with the export and nothing else.
 */
function selectedProjects(argv: readonly string[] = process.argv): string[] {
  const chosen = argv.flatMap((arg, i) => (arg === '--project' ? [argv[i + 1] ?? ''] : arg.startsWith('--project=') ? [arg.slice('--project='.length)] : []));
  return chosen.length ? chosen.flatMap((c) => c.split(',')) : Object.keys(PROJECT_SERVERS);
}

const servers = [...new Set(selectedProjects().flatMap((project) => PROJECT_SERVERS[project] ?? []))].map((name) => SERVERS[name]);

/** What the proxied project runs too (how a request is answered, not what a page shows), and its own specs. */
const SERVING_SPECS = [/\/(routing|negotiation|caching|head|security|serving|front)\.spec\.ts$/, /\/proxied\//, /\/nginx\//];

/**
 * What the browser makes of a page's document (text, layout, focus,
 * accessibility), checked on the server project only: whole files here, and
 * single tests tagged DOCUMENT (tests/e2e/tags.ts) elsewhere. Both
 * targets serve the same documents (tests/e2e/static/same-pages.spec.ts).
 */
const DOCUMENT_SPECS = /\/(a11y|guide|reader-text|focus|tables|inline-code|layout)\.spec\.ts$/;

/**
 * The same end-to-end suite runs against the deployments the README
 * describes, in Chromium, against production builds:
 * - server: `next start` bound to loopback, as behind a reverse proxy;
 * - proxied: the same server behind nginx with TLS (deploy/nginx-node.conf);
 * - static: the static export behind nginx (deploy/nginx.conf).
 * What a lagging translation looks like and what adding a guide takes are
 * checked without a build of their own: tests/unit/fallback-page.test.tsx
 * and scripts/page-fixture.ts.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  // A failed test keeps its trace: actions, console, network and a
  // screenshot per action. Not DOM snapshots: taking one of a guide at
  // every action nearly doubled the suite's time; the error context's
  // accessibility snapshot shows the page at the failure.
  use: { trace: { mode: 'retain-on-failure', snapshots: false } },
  projects: [
    {
      name: 'server',
      testIgnore: [/static\//, /proxied\//, /nginx\//, /fuzz\//],
      // tests/e2e/nginx/: what nginx answers in front of either deployment (proxied and static).
      // Also runs tests/e2e/node/: what only the Node.js server does.
      use: { ...chromium, baseURL: `http://127.0.0.1:${TARGETS.server}` },
    },
    {
      name: 'proxied',
      testMatch: SERVING_SPECS,
      use: { ...chromium, baseURL: `https://127.0.0.1:${TARGETS.proxied}`, ignoreHTTPSErrors: true },
    },
    {
      name: 'static',
      // The export's pages are the server's documents (same-pages.spec.ts
      // checks it): what the browser makes of them is checked once, on the
      // server project. Here runs what the export and nginx can break:
      // routing, headers, negotiation, the files they serve, search, and
      // the site's scripts under the export's policy without Next.js.
      testIgnore: [/node\//, /proxied\//, /fuzz\//, DOCUMENT_SPECS],
      grepInvert: new RegExp(DOCUMENT.tag),
      // Also runs tests/e2e/static/: what only the export and nginx do.
      use: { ...chromium, baseURL: `http://127.0.0.1:${TARGETS.static}` },
    },
    {
      // One generated corpus of requests, sent to all three deployments at
      // once (servers of its own, whose logs it reads): tests/e2e/fuzz/.
      name: 'fuzz',
      testMatch: /fuzz\/.*\.spec\.ts$/,
    },
  ],
  webServer: servers,
});
