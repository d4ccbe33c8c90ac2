import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { flattenStrings } from '../../lib/catalog/tree';
import { INDEXED } from '../../lib/pages';
import { FULL_HISTORY, LOCALES, expect, test } from './fixtures';
import { headOf } from './html';

const SITE = process.env.NEXT_PUBLIC_SITE_URL ?? 'https://proxmenux.com';

type SitemapEntry = { loc: string; lastmod?: string; alternates: Record<string, string> };

function parseSitemap(xml: string): SitemapEntry[] {
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, block = '']) => ({
    loc: /<loc>([^<]+)<\/loc>/.exec(block)?.[1] ?? '',
    lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(block)?.[1],
    alternates: Object.fromEntries(
      [...block.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\s*\/>/g)].map(([, lang = '', href = '']) => [lang, href]),
    ),
  }));
}

/** The indexed pages of the registry, by their locale-free URL path, with the sources git dates them by. */
const PAGE_SOURCES = Object.fromEntries(INDEXED.map((p) => [`${p.path}/`, { sources: [...p.sources], catalog: `${p.catalog}.json` }]));

const keysOf = (file: string) => new Set(flattenStrings(JSON.parse(readFileSync(file, 'utf8'))).keys());

/**
 * The languages a page is presented in to search engines: English, and each
 * language whose catalog has every message of the English one (a page may
 * land in English first and be translated later).
 */
function languagesOf(catalog: string): string[] {
  const english = keysOf(`messages/en/${catalog}`);
  return LOCALES.filter((l) => {
    if (l === 'en') return true;
    if (!existsSync(`messages/${l}/${catalog}`)) return false;
    const keys = keysOf(`messages/${l}/${catalog}`);
    return [...english].every((key) => keys.has(key));
  });
}

/**
 * When each file under `paths` (files or folders) last changed in git, read
 * from one `git log` over all of them: newest first, so a file's first
 * appearance is its last change. Without rename detection, a file moved
 * away shows under its old path too, as `git log -- <path>` counts it.
 */
function gitLastChanges(paths: string[]): Map<string, string> {
  const log = execFileSync('git', ['log', '--no-renames', '--format=%x00%cI', '--name-only', '--', ...new Set(paths)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const last = new Map<string, string>();
  for (const commit of log.split('\0').slice(1)) {
    const [date = '', ...files] = commit.split('\n').filter(Boolean);
    for (const file of files) if (!last.has(file)) last.set(file, date);
  }
  return last;
}

/** The newest last change of any file under the paths (files or folders): when the page they make last changed. */
function lastChange(changes: Map<string, string>, paths: string[]): string {
  const dates = [...changes].filter(([file]) => paths.some((path) => file === path || file.startsWith(`${path}/`))).map(([, date]) => date);
  return dates.reduce((newest, date) => (new Date(date) > new Date(newest) ? date : newest), dates[0] ?? '');
}

/** The head of a page as served (tests/e2e/html.ts): what a search engine reads. */
async function headAt(request: APIRequestContext, path: string) {
  return headOf(await (await request.get(path)).text());
}

test('robots.txt points to the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/User-Agent: \*/i);
  expect(robots).toContain(`Sitemap: ${SITE}/sitemap.xml`);
});

test('the sitemap lists every page in every language with a reciprocal hreflang cluster', async ({ request }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/xml/);
  const entries = parseSitemap(await response.text());
  expect(entries.map((e) => new URL(e.loc).pathname).sort()).toEqual(
    Object.entries(PAGE_SOURCES)
      .flatMap(([p, { catalog }]) => languagesOf(catalog).map((l) => `/${l}${p}`))
      .sort(),
  );

  for (const entry of entries) {
    // Absolute URLs on the configured site, never a literal [locale].
    expect(entry.loc.startsWith(`${SITE}/`)).toBe(true);
    expect(entry.loc).not.toContain('[');
  }
  const heads = new Map(await Promise.all(entries.map(async (entry) => [entry.loc, await headAt(request, new URL(entry.loc).pathname)] as const)));

  const where = (entry: SitemapEntry) => {
    const path = new URL(entry.loc).pathname;
    const locale = path.split('/')[1] ?? '';
    return { path, locale, source: PAGE_SOURCES[path.slice(locale.length + 1)] };
  };
  const pathsOf = (source: (typeof PAGE_SOURCES)[string] | undefined, locale: string) => [...(source?.sources ?? []), `messages/${locale}/${source?.catalog}`];
  const changes = FULL_HISTORY ? gitLastChanges(entries.flatMap((entry) => pathsOf(where(entry).source, where(entry).locale))) : new Map<string, string>();

  for (const entry of entries) {
    const { locale, source } = where(entry);
    const head = heads.get(entry.loc);
    expect(head?.lang).toBe(locale);
    // Self-canonical, in its own language, and indexable.
    expect(head?.canonical).toBe(entry.loc);
    expect(head?.robots ?? '').not.toMatch(/noindex/);
    // The page head and the sitemap declare the same cluster: every
    // language the page is translated into, itself included, and one
    // x-default (the English page).
    expect(source).toBeDefined();
    expect(head?.alternates).toEqual(entry.alternates);
    expect(Object.keys(entry.alternates).sort()).toEqual([...languagesOf(source?.catalog ?? ''), 'x-default'].sort());
    expect(entry.alternates[locale]).toBe(entry.loc);
    expect(entry.alternates['x-default']).toBe(entry.alternates.en);
    // Reciprocal: every alternate lists this page under this language.
    for (const [lang, href] of Object.entries(entry.alternates)) {
      if (lang === 'x-default') continue;
      expect(heads.get(href)?.alternates[locale], `${href} → ${locale}`).toBe(entry.loc);
    }
    // lastmod is the page's last change in git, not the build time; a
    // shallow clone cannot tell it, so it is left out there.
    if (FULL_HISTORY) {
      const expected = lastChange(changes, pathsOf(source, locale));
      expect(new Date(entry.lastmod ?? '').toISOString()).toBe(new Date(expected).toISOString());
    } else {
      expect(entry.lastmod).toBeUndefined();
    }
  }
});

for (const locale of LOCALES) {
  test(`the guide's JSON-LD is a valid TechArticle with breadcrumbs (${locale})`, async ({ request }) => {
    const head = await headAt(request, `/${locale}/docs/monitor/access-auth/`);
    expect(head.jsonLd).toHaveLength(1);
    const data = JSON.parse(head.jsonLd[0] ?? '{}');
    expect(data['@context']).toBe('https://schema.org');
    const article = data['@graph'].find((n: { '@type': string }) => n['@type'] === 'TechArticle');
    const breadcrumbs = data['@graph'].find((n: { '@type': string }) => n['@type'] === 'BreadcrumbList');

    expect(article.headline).toBe(head.h1);
    expect(article.headline.length).toBeLessThanOrEqual(110);
    expect(article.inLanguage).toBe(locale);
    expect(article.url).toBe(head.canonical);
    expect(article.mainEntityOfPage).toBe(head.canonical);
    expect(article.description.length).toBeGreaterThan(50);
    if (FULL_HISTORY) {
      for (const key of ['datePublished', 'dateModified']) {
        expect(article[key]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)$/);
      }
      expect(new Date(article.dateModified).getTime()).toBeGreaterThanOrEqual(new Date(article.datePublished).getTime());
    } else {
      expect(article.datePublished).toBeUndefined();
      expect(article.dateModified).toBeUndefined();
    }
    expect(article.publisher).toMatchObject({ '@type': 'Organization', name: 'ProxMenux' });
    expect(article.author['@id']).toBe(article.publisher['@id']);

    // Images in the structured data exist on this site.
    for (const url of [article.image, article.publisher.logo.url]) {
      expect(url.startsWith(`${SITE}/`)).toBe(true);
      const image = await request.get(new URL(url).pathname);
      expect(image.status()).toBe(200);
      expect(image.headers()['content-type']).toBe('image/png');
    }

    expect(breadcrumbs.itemListElement.map((i: { position: number }) => i.position)).toEqual([1, 2]);
    expect(breadcrumbs.itemListElement.at(-1).item).toBe(head.canonical);
    for (const item of breadcrumbs.itemListElement) {
      expect(item['@type']).toBe('ListItem');
      expect(item.name).toMatch(/\S/);
      expect((await request.get(new URL(item.item).pathname)).status()).toBe(200);
    }
  });
}

test('pages outside the cluster are not indexed', async ({ request }) => {
  for (const path of ['/en/docs/translation-status/', '/es/no-such-page/']) {
    const head = await headAt(request, path);
    expect(head.robots).toMatch(/noindex/);
  }
});
