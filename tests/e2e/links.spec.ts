import { existsSync } from 'node:fs';
import { LOCALES, PAGE_URLS, expect, test } from './fixtures';

/**
 * A link check over every built page in every language: each internal link
 * answers 200 without a redirect, each #anchor exists on its target page,
 * and no link leaves the page's language unless it says so: a link to
 * another language (the language switcher, the docs home's list of
 * languages) declares that language in `hreflang`.
 */
test('no broken internal link or anchor on any page', async ({ page, request }) => {
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

  const idsByPath = new Map<string, Set<string>>();
  const links: { from: string; href: string }[] = [];
  for (const path of pages) {
    await page.goto(path);
    idsByPath.set(path, new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id))));
    const hrefs = await page.locator('a[href]').evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href') ?? '', hreflang: a.getAttribute('hreflang') })),
    );
    const locale = path.split('/')[1] ?? '';
    for (const { href, hreflang } of hrefs) {
      if (/^(https?:|mailto:)/.test(href)) continue;
      links.push({ from: path, href });
      // A page, not a file (a figure's image, which has no language).
      if (!href.startsWith('/') || href.startsWith('/figures/')) continue;
      expect(href, `${path} links into ${hreflang ? 'a language it does not declare' : 'another language'}`).toMatch(new RegExp(`^/${hreflang ?? locale}/`));
    }
  }

  const status = new Map<string, number>();
  for (const { from, href } of links) {
    const url = new URL(href, `http://site${from}`);
    const target = url.pathname;
    if (href.startsWith('#')) {
      // An anchor on the page itself.
      expect(idsByPath.get(from)?.has(decodeURIComponent(url.hash.slice(1))), `${from} → ${href}`).toBe(true);
      continue;
    }
    if (!status.has(target)) {
      const response = await request.get(target, { maxRedirects: 0 });
      status.set(target, response.status());
    }
    expect(status.get(target), `${from} → ${href}`).toBe(200);
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (!anchor) continue;
    if (!idsByPath.has(target)) {
      await page.goto(target);
      idsByPath.set(target, new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id))));
    }
    expect(idsByPath.get(target)?.has(anchor), `${from} → ${href}: no element with id "${anchor}"`).toBe(true);
  }
  expect(links.length).toBeGreaterThan(50);
});
