import { readFileSync } from 'node:fs';
import { snippets } from '../../guides/access-auth/snippets';
import { localeConfig } from '../../i18n/locales';
import { GUIDE, LOCALES, SECTION_IDS, expect, test } from './fixtures';

const SNIPPETS = Object.values(snippets);
/** The site chrome's catalog of a language, for texts the page must show as they are. */
const common = (locale: string) => JSON.parse(readFileSync(`messages/${locale}/common.json`, 'utf8'));

for (const locale of LOCALES) {
  test.describe(`guide (${locale})`, () => {
    test.beforeEach(async ({ page }) => {
      const response = await page.goto(`/${locale}${GUIDE}`);
      expect(response?.status()).toBe(200);
    });

    test('has the right language on <html> in the server HTML', async ({ page, request }) => {
      const html = await (await request.get(`/${locale}${GUIDE}`)).text();
      expect(html).toMatch(new RegExp(`<html lang="${locale}" dir="${localeConfig[locale].dir}"`));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
    });

    test('renders the header and every section in order', async ({ page }) => {
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('.doc-header__badge')).toHaveText('ProxMenux Monitor');
      // The reading time: a number of minutes, in the page's own digits.
      await expect(page.locator('.doc-header__meta')).toContainText(/\p{Nd}+/u);
      const ids = await page.locator('article h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
      expect(ids).toEqual(SECTION_IDS);
      for (const id of SECTION_IDS) {
        await expect(page.locator(`section[aria-labelledby="${id}"] :is(p, li)`).first()).not.toBeEmpty();
      }
    });

    test('keeps the anchors other pages link to', async ({ page }) => {
      await expect(page.locator('h3#security-model')).toBeVisible();
      await expect(page.locator('h3#recovering-password')).toBeVisible();
    });

    test('gives every heading a visible anchor link on keyboard focus', async ({ page }) => {
      const anchor = page.locator('#recovering-password a.doc-heading__anchor');
      await expect(anchor).toHaveAttribute('href', '#recovering-password');
      await anchor.focus();
      await expect(anchor).toHaveCSS('opacity', '1');
      const count = await page.locator('article :is(h2, h3)[id]').count();
      await expect(page.locator('article :is(h2, h3)[id] > a.doc-heading__anchor')).toHaveCount(count);
    });

    test('renders every table with a header row and filled body rows', async ({ page }) => {
      const tables = page.locator('.doc-table table');
      expect(await tables.count()).toBeGreaterThan(0);
      for (const table of await tables.all()) {
        await expect(table.locator('thead th').first()).not.toBeEmpty();
        expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
      }
      await expect(page.locator('.doc-table :is(th, td):empty')).toHaveCount(0);
    });

    test('shows the six figures with alt text and captions', async ({ page }) => {
      const figures = page.locator('figure.doc-figure');
      await expect(figures).toHaveCount(6);
      for (const figure of await figures.all()) {
        await expect(figure.locator('img')).toHaveAttribute('alt', /\S{10,}/);
        await expect(figure.locator('figcaption')).not.toBeEmpty();
        await figure.scrollIntoViewIfNeeded();
        await expect.poll(() => figure.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(800);
      }
    });

    test('shows every snippet exactly once, verbatim', async ({ page }) => {
      const texts = await page.locator('.code-block pre').allTextContents();
      expect(texts).toHaveLength(SNIPPETS.length);
      expect([...texts].sort()).toEqual(SNIPPETS.map((s) => s.code).sort());
    });

    test('nests the two ways to add the account under their step', async ({ page }) => {
      const steps = page.locator('section[aria-labelledby="two-factor-authentication"] ol').first();
      const withSubSteps = steps.locator(':scope > li').filter({ has: page.locator('ul') });
      await expect(withSubSteps).toHaveCount(1);
      // The step that has them comes after the one that opens the setup, and both ways are there.
      const ways = withSubSteps.locator('ul > li');
      expect(await ways.count()).toBeGreaterThanOrEqual(2);
      for (const way of await ways.all()) await expect(way.locator('em').first()).not.toBeEmpty();
    });

    test('opens external links in a new tab, safely, with a spoken hint', async ({ page }) => {
      const external = page.locator('article a[target="_blank"]');
      expect(await external.count()).toBeGreaterThanOrEqual(11 + 2);
      for (const link of await external.all()) {
        await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
        // An icon drawn by the stylesheet, not read out.
        expect(await link.evaluate((a) => getComputedStyle(a, '::after').maskImage)).toMatch(/^url\("data:image\/svg/);
        await expect(link.locator('.sr-only')).toHaveText(` ${common(locale).links.newTab}`);
      }
    });

    test('points "where next" at the public docs in the reader’s language', async ({ page }) => {
      const links = page.locator('section[aria-labelledby="where-next"] li > a');
      await expect(links).toHaveCount(5);
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual([
        `https://proxmenux.com/${locale}/docs/monitor/api`,
        `https://proxmenux.com/${locale}/docs/monitor/integrations`,
        `https://proxmenux.com/${locale}/docs/monitor/dashboard/security`,
        `https://proxmenux.com/${locale}/docs/security/fail2ban`,
        `https://proxmenux.com/${locale}/docs/settings/proxmenux-monitor`,
      ]);
    });

    test('keeps internal links inside the reader’s language', async ({ page }) => {
      const hrefs = await page
        .locator('a[href^="/"]:not(.language-switcher a)')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${locale}(/|$)`));
    });

    test('is readable without JavaScript', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${locale}${GUIDE}`);
      await expect(page.locator('article h2')).toHaveCount(SECTION_IDS.length);
      await expect(page.locator('.code-block pre')).toHaveCount(SNIPPETS.length);
      await expect(page.locator('.code-block pre').first()).toHaveText(SNIPPETS[0]?.code ?? '');
      await context.close();
    });
  });
}

test('the Spanish page is translated, with the Monitor’s UI labels kept in English', async ({ page }) => {
  await page.goto(`/es${GUIDE}`);
  await expect(page.locator('h1')).not.toHaveText('Access & Authentication');
  await expect(page.locator('#first-launch')).not.toHaveText(/First launch/);
  // The buttons table names the buttons as the reader sees them on screen.
  await expect(page.locator('.doc-table').first().locator('tbody th')).toHaveText(['Yes, Setup Password', 'No, Continue Without Protection']);
  // No English fallback is marked on the complete Spanish page.
  await expect(page.locator('article [lang="en"]')).toHaveCount(0);
});

test('heading ids are the same in every locale', async ({ page }) => {
  const ids: string[][] = [];
  for (const locale of LOCALES) {
    await page.goto(`/${locale}${GUIDE}`);
    ids.push(await page.locator('article :is(h2, h3)[id]').evaluateAll((hs) => hs.map((h) => h.id)));
  }
  expect(ids[0]?.length).toBeGreaterThan(20);
  for (const other of ids.slice(1)) expect(other).toEqual(ids[0]);
});
