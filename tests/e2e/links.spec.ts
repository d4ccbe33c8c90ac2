import { existsSync } from 'node:fs';
import { LOCALES, PAGE_URLS, expect, test } from './fixtures';
import { attribute, elements } from './html';

/**
 * A link check over every built page in every language: each internal link
 * answers 200 without a redirect, each #anchor exists on its target page,
 * and no link leaves the page's language unless it says so: a link to
 * another language (the language switcher, the docs home's list of
 * languages) declares that language in `hreflang`.
 */
test('no broken internal link or anchor on any page', async ({ request }) => {
  // It visits every page in every language, and each page it links to: more with every guide.
  test.setTimeout(240_000);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = '']) => new URL(loc).pathname);
  // Every page of the registry (the sitemap lists the indexed ones), and the
  // 404 page, which is served only with status 404, at any unknown address.
  const pages = [...new Set([...listed, ...PAGE_URLS.map((p) => p.path), ...LOCALES.map((l) => `/${l}/no-such-page/`)])];
  // A language version joins the sitemap once the page is translated into that language (a guide may land in English first).
  const translated = (locale: string, catalog: string) => locale === 'en' || existsSync(`messages/${locale}/${catalog}.json`);
  for (const { page, path, locale } of PAGE_URLS) if (page.kind !== 'utility' && translated(locale, page.catalog)) expect(listed).toContain(path);

  // Each page as served, parsed (tests/e2e/html.ts): an anchor must be in the HTML, not only after a script ran.
  const idsByPath = new Map<string, Set<string>>();
  const read = async (path: string) => {
    const all = elements(await (await request.get(path)).text());
    idsByPath.set(path, new Set(all.flatMap((el) => attribute(el, 'id') ?? [])));
    return all.filter((el) => el.tagName === 'a' && attribute(el, 'href') !== undefined).map((a) => ({ href: attribute(a, 'href') ?? '', hreflang: attribute(a, 'hrefLang') ?? null }));
  };
  const linksByPage = await Promise.all(pages.map(async (path) => ({ path, hrefs: await read(path) })));
  const links: { from: string; href: string }[] = [];
  for (const { path, hrefs } of linksByPage) {
    const locale = path.split('/')[1] ?? '';
    for (const { href, hreflang } of hrefs) {
      if (/^(https?:|mailto:)/.test(href)) continue;
      links.push({ from: path, href });
      // A page, not a file (a figure's image, which has no language).
      if (!href.startsWith('/') || href.startsWith('/figures/')) continue;
      expect(href, `${path} links into ${hreflang ? 'a language it does not declare' : 'another language'}`).toMatch(new RegExp(`^/${hreflang ?? locale}/`));
    }
  }

  // Every page linked to, once: its status without following a redirect, and its ids when a link names an anchor on it.
  const resolved = links.map(({ from, href }) => ({ from, href, url: new URL(href, `http://site${from}`) }));
  const targets = [...new Set(resolved.filter(({ href }) => !href.startsWith('#')).map(({ url }) => url.pathname))];
  const status = new Map(await Promise.all(targets.map(async (target) => [target, (await request.get(target, { maxRedirects: 0 })).status()] as const)));
  const anchored = targets.filter((target) => !idsByPath.has(target) && resolved.some(({ url }) => url.pathname === target && url.hash));
  await Promise.all(anchored.map((target) => read(target)));

  for (const { from, href, url } of resolved) {
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (href.startsWith('#')) {
      // An anchor on the page itself.
      expect(idsByPath.get(from)?.has(anchor), `${from} → ${href}`).toBe(true);
      continue;
    }
    expect(status.get(url.pathname), `${from} → ${href}`).toBe(200);
    if (anchor) expect(idsByPath.get(url.pathname)?.has(anchor), `${from} → ${href}: no element with id "${anchor}"`).toBe(true);
  }
  expect(links.length).toBeGreaterThan(50);
});
