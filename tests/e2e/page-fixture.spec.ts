import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from './fixtures';
import { PAGE_FIXTURE } from './page-fixture';
import { header, rawRequest } from './raw-http';

// Runs in the `page-fixture` project, against the copy of the project that
// got one page through its route folder, its catalogs and one registry
// entry (scripts/build-page-fixture.ts): the page must show up everywhere
// the registry feeds, with no other file touched.

const { dir, page: added } = PAGE_FIXTURE;
/** The languages the fixture's catalogs come in (tests/fixtures/new-page/messages). */
const CATALOG_LOCALES = ['en', 'es'];
const SITE = process.env.NEXT_PUBLIC_SITE_URL ?? 'https://proxmenux.com';
const url = (locale: string) => `/${locale}${added.path}/`;
const catalog = (locale: string) => JSON.parse(readFileSync(path.join(dir, 'messages', locale, `${added.catalog}.json`), 'utf8'));

/** Source files of a tree, relative to it: what a contributor edits, not what builds produce. */
function sources(root: string, at = ''): string[] {
  return readdirSync(path.join(root, at)).flatMap((name) => {
    const relative = path.join(at, name);
    if (['node_modules', '.git', '.next', '.next-fallback', '.fixtures', 'out', 'test-results', 'playwright-report', 'pagefind'].includes(name)) return [];
    if (/\.d\.json\.ts$|^next-env\.d\.ts$|\.tsbuildinfo$/.test(name)) return [];
    return statSync(path.join(root, relative)).isDirectory() ? sources(root, relative) : [relative];
  });
}

test('adding the page touched its route folder, its catalogs and the registry, nothing else', () => {
  const project = new Set(sources('.'));
  const copy = sources(dir);
  const added_ = copy.filter((f) => !project.has(f)).sort();
  const changed = copy.filter((f) => project.has(f) && !readFileSync(f).equals(readFileSync(path.join(dir, f))));
  expect(added_).toEqual(
    [
      path.join('app', '[locale]', 'docs', 'monitor', 'fixture-guide', 'page.tsx'),
      ...CATALOG_LOCALES.map((l) => path.join('messages', l, `${added.catalog}.json`)),
    ].sort(),
  );
  expect(changed).toEqual([path.join('lib', 'pages.ts')]);
});

test('it is a typed, prerendered page in every language its catalogs cover', async ({ baseURL }) => {
  // Types: the English catalog got its declaration, which typed the page (npm run typecheck passed).
  expect(statSync(path.join(dir, 'messages', 'en', `${added.catalog}.d.json.ts`)).isFile()).toBe(true);
  for (const locale of CATALOG_LOCALES) {
    // Static params: prerendered at build time.
    expect(statSync(path.join(dir, '.next', 'server', 'app', locale, `${added.path.slice(1)}.html`)).isFile()).toBe(true);
    const response = await rawRequest(baseURL ?? '', url(locale));
    expect(response.status).toBe(200);
    expect(response.text).toContain(`<html lang="${locale}"`);
    expect(response.text).toMatch(new RegExp(`<h1[^>]*>${catalog(locale).header.title}</h1>`));
  }
});

test('the proxy knows it: unprefixed, it redirects to the reader’s language', async ({ baseURL }) => {
  const response = await rawRequest(baseURL ?? '', `${added.path}/`, { 'Accept-Language': 'es' });
  expect(response.status).toBe(307);
  expect(header(response, 'location')).toBe(url('es'));
});

test('the sitemap lists it with its hreflang cluster, and its head declares the same', async ({ page, request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const locale of CATALOG_LOCALES) {
    const block = sitemap.split('<url>').find((b) => b.includes(`<loc>${SITE}${url(locale)}</loc>`));
    expect(block, locale).toBeDefined();
    expect(block).toContain(`hreflang="x-default" href="${SITE}${url('en')}"`);
  }
  await page.goto(url('es'));
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', `${SITE}${url('en')}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}${url('es')}`);
});

test('it has its social card and its structured data', async ({ page, request }) => {
  await page.goto(url('en'));
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toBe(`${SITE}/og/en/${added.card}.png`);
  const card = await request.get(new URL(image ?? '').pathname);
  expect(card.status()).toBe(200);
  expect(card.headers()['content-type']).toBe('image/png');
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  const article = jsonLd['@graph'].find((n: { '@type': string }) => n['@type'] === 'TechArticle');
  expect(article.headline).toBe(catalog('en').header.title);
});

test('the navigation and the docs home list it, in the reader’s language', async ({ page }) => {
  for (const locale of CATALOG_LOCALES) {
    await page.goto(`/${locale}/docs/`);
    const title = catalog(locale).header.title;
    await expect(page.locator('nav.docs-nav').getByRole('link', { name: title })).toHaveAttribute('href', url(locale));
    await expect(page.locator('main .guide-list').getByRole('link', { name: title })).toHaveAttribute('href', url(locale));
  }
  await page.goto(url('en'));
  await expect(page.locator('nav.docs-nav a[aria-current="page"]')).toHaveText(catalog('en').header.title);
});

test('the translation status page counts its catalog', async ({ page }) => {
  await page.goto('/en/docs/translation-status/');
  await expect(page.locator('main')).toContainText(`messages/es/${added.catalog}.json`);
});

test('search finds it', () => {
  // Pagefind keeps each page as a gzipped JSON fragment.
  const fragments = path.join(dir, 'public', 'pagefind', 'fragment');
  const urls = readdirSync(fragments).map((f) => JSON.parse(gunzipSync(readFileSync(path.join(fragments, f))).toString('utf8').replace(/^pagefind_dcd/, '')).url);
  for (const locale of CATALOG_LOCALES) expect(urls).toContain(url(locale));
});

test('npm run size measures it', () => {
  // The fixture has a server build only: size's report of what next start sends.
  const output = execFileSync('npm', ['run', '--silent', 'size', '--', '--json', '--server'], { cwd: dir, encoding: 'utf8' });
  const labels = (JSON.parse(output) as { pages: { label: string }[] }).pages.map((p) => p.label);
  expect(labels).toEqual(expect.arrayContaining([`${added.id} (en)`, `${added.id} (es)`]));
});

test('the end-to-end tests’ page lists include it', () => {
  // Evaluated in the copy, with its own registry.
  const script = "import('./tests/e2e/fixtures.ts').then((m) => console.log(JSON.stringify(m.PAGE_URLS.map((p) => p.path))))";
  const output = execFileSync('node_modules/.bin/tsx', ['--eval', script], { cwd: dir, encoding: 'utf8' });
  expect(JSON.parse(output)).toEqual(expect.arrayContaining([url('en'), url('es')]));
});
