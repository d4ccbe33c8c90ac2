import { expect, test } from './fixtures';

/**
 * A link check over every built page in every language: each internal link
 * answers 200 without a redirect, each #anchor exists on its target page,
 * and no link leaves the page's language (except the language switcher).
 */
test('no broken internal link or anchor on any page', async ({ page, request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = '']) => new URL(loc).pathname);
  // The 404 page is served only with status 404, at any unknown address.
  const pages = [...listed, '/en/docs/translation-status/', '/es/docs/translation-status/', '/en/no-such-page/', '/es/no-such-page/'];
  expect(listed.length).toBeGreaterThanOrEqual(4);

  const idsByPath = new Map<string, Set<string>>();
  const links: { from: string; href: string }[] = [];
  for (const path of pages) {
    await page.goto(path);
    idsByPath.set(path, new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id))));
    const hrefs = await page.locator('a[href]').evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href') ?? '', switcher: Boolean(a.closest('.language-switcher')) })),
    );
    const locale = path.split('/')[1] ?? '';
    for (const { href, switcher } of hrefs) {
      if (/^(https?:|mailto:)/.test(href)) continue;
      links.push({ from: path, href });
      if (href.startsWith('/') && !switcher) expect(href, `${path} links into another language`).toMatch(new RegExp(`^/${locale}/`));
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
