import { ENHANCEMENTS } from '../../enhancements/elements';
import { execFileSync } from 'node:child_process';
import { test as base, expect, type Page } from '@playwright/test';
import { DOCUMENTS as REGISTERED } from '../../guides/registry';
import type { AnyDocument } from '../../lib/document/model';
import { figures, headingIds, outline } from '../../lib/document/derive';
import { routing } from '../../i18n/routing';
import { GUIDE_PAGES, PAGES, getPage, type Page as RegistryPage } from '../../lib/pages';
import { localizedPath } from '../../lib/routes';
import { CACHE_CONTROL } from '../../lib/security-headers';
import type { RawResponse } from './raw-http';

export { DOCUMENT } from './tags';

/** Every language of the site (i18n/locales.ts). */
export const LOCALES = routing.locales;

/** Every page of the registry in every language, as URL paths (lib/pages.ts). */
export const PAGE_URLS = PAGES.flatMap((page) => LOCALES.map((locale) => ({ page, locale, path: localizedPath(locale, page.path) })));

/** The Access & Authentication guide's path without its language; every URL of the site ends with a slash. */
export const GUIDE = `${getPage('accessAuth').path}/`;

/** The guide's h2 sections, in order, with ids that are the same in every locale. */
export const SECTION_IDS = outline(REGISTERED.accessAuth).map((entry) => entry.id);

/* Every guide of the registry with its document (guides/registry.ts; guides/index.ts is server-only). */
const DOCUMENTS: Record<Extract<RegistryPage, { kind: 'guide' }>['id'], AnyDocument> = REGISTERED;

/** Each guide: its path without a language, its h2 section ids and all its heading ids in order, its snippets' code, and the verbatim values its prose shows. */
export const GUIDES = GUIDE_PAGES.map((page) => ({
  page,
  path: `${page.path}/`,
  sectionIds: outline(DOCUMENTS[page.id]).map((entry) => entry.id),
  headingIds: headingIds(DOCUMENTS[page.id]),
  snippets: Object.values(DOCUMENTS[page.id].snippets).map((snippet) => snippet.code),
  figures: figures(DOCUMENTS[page.id]),
  values: DOCUMENTS[page.id].values,
}));

/**
 * Whether the working copy has its full git history. The build leaves page
 * dates out of a shallow clone rather than guess them, and the tests check
 * exactly that there.
 */
export const FULL_HISTORY = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim() === 'false';
  } catch {
    return false;
  }
})();

/** A Content-Security-Policy as directive → values. */
export function cspDirectives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

/**
 * Waits until the page is interactive: every custom element of the site on
 * it is defined (its script, enhancements/<name>.ts, has run) and the
 * document has loaded (elements the site does not define, such as the
 * route announcer Next.js's runtime adds under next start, are not its
 * concern), so each element has set itself up. Before that, a click, a
 * choice or a shortcut on the server-rendered HTML does nothing, and on a
 * busy machine a test is faster than the page's scripts.
 */
export async function interactive(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate((names) => document.readyState === 'complete' && document.querySelectorAll(names.map((n) => `${n}:not(:defined)`).join(', ')).length === 0, [...ENHANCEMENTS]), {
      message: 'the page never became interactive',
    })
    .toBe(true);
  // The search button advertises its shortcuts once they work.
  await expect(page.locator('.search-button')).toHaveAttribute('aria-keyshortcuts', /Control\+K/);
}

/** Problems the browser reports: console errors, hydration warnings, uncaught exceptions, CSP reports. */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    // A 404 page's own status is reported as a failed resource; that is the point of it.
    if (text.startsWith('Failed to load resource') && message.location().url === page.url()) return;
    if (message.type() === 'error' || /hydrat|did not match|content security policy/i.test(text)) {
      problems.push(`${message.type()}: ${text}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/** Every test fails if the page logged an error or a hydration warning. */
export const test = base.extend<{ consoleProblems: string[] }>({
  consoleProblems: [
    async ({ page }, use) => {
      const problems = watchConsole(page);
      await use(problems);
      expect(problems, 'browser console errors or hydration warnings').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * One page, loaded once, for a group of tests that only read it. Loading a
 * guide costs more than most checks on it, so the group's tests share one
 * page, the way Playwright documents it ("reuse a single page between
 * tests"): the page is opened in `beforeAll`, and the group runs in order
 * in one worker (mode `default`: a failing test does not skip the others;
 * the worker restarts and `beforeAll` loads the page again). Use it inside
 * a `readOnly.describe` and write the group's tests with `readOnly`, which
 * does not open a page of its own for every test as `test` does. Each test
 * still fails if the page logged a problem while it ran.
 */
export const readOnly = base;

export function sharedPage(path: string): () => Page {
  let page: Page | undefined;
  let problems: string[] = [];
  readOnly.describe.configure({ mode: 'default' });
  readOnly.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    problems = watchConsole(page);
    const response = await page.goto(path);
    expect(response?.status(), `GET ${path}`).toBe(200);
  });
  readOnly.afterEach(() => {
    expect(problems.splice(0), 'browser console errors or hydration warnings').toEqual([]);
  });
  readOnly.afterAll(async () => {
    await page?.close();
  });
  return () => {
    if (!page) throw new Error(`${path} was not loaded`);
    return page;
  };
}

/** The site's security headers, on every answer of every deployment. */
export const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy'];

/** A refusal: the site's headers, each exactly once, and a Cache-Control that no cache may store. */
export function expectRefusal(response: RawResponse, what: string) {
  for (const name of SECURITY_HEADERS) expect(response.headers.get(name), `${what}: ${name}`).toHaveLength(1);
  expect(response.headers.get('cache-control'), what).toEqual([CACHE_CONTROL.refused]);
}

export { expect };
