import { readFileSync } from 'node:fs';
import { localeConfig } from '../../i18n/locales';
import { GUIDE, GUIDES, LOCALES, expect, test } from './fixtures';

/** The site chrome's catalog of a language, for texts the page must show as they are. */
const common = (locale: string) => JSON.parse(readFileSync(`messages/${locale}/common.json`, 'utf8'));

// What every guide must get right, in every language.
for (const guide of GUIDES) {
  for (const locale of LOCALES) {
    test.describe(`guide ${guide.page.id} (${locale})`, () => {
      test.beforeEach(async ({ page }) => {
        const response = await page.goto(`/${locale}${guide.path}`);
        expect(response?.status()).toBe(200);
      });

      test('has the right language on <html> in the server HTML', async ({ page, request }) => {
        const html = await (await request.get(`/${locale}${guide.path}`)).text();
        expect(html).toMatch(new RegExp(`<html lang="${locale}" dir="${localeConfig[locale].dir}"`));
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
      });

      test('renders the header and every section in order', async ({ page }) => {
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page.locator('.doc-header__badge')).toHaveText('ProxMenux Monitor');
        // The reading time: a number of minutes, in the page's own digits.
        await expect(page.locator('.doc-header__meta')).toContainText(/\p{Nd}+/u);
        const ids = await page.locator('article h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
        expect(ids).toEqual(guide.sectionIds);
        for (const id of guide.sectionIds) {
          await expect(page.locator(`section[aria-labelledby="${id}"] :is(p, li)`).first()).not.toBeEmpty();
        }
      });

      test('gives every heading a visible anchor link on keyboard focus', async ({ page }) => {
        const id = guide.sectionIds.at(-1) ?? '';
        const anchor = page.locator(`#${id} a.doc-heading__anchor`);
        await expect(anchor).toHaveAttribute('href', `#${id}`);
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

      test('shows every snippet exactly once, verbatim', async ({ page }) => {
        const texts = await page.locator('.code-block pre').allTextContents();
        expect(texts).toHaveLength(guide.snippets.length);
        expect([...texts].sort()).toEqual([...guide.snippets].sort());
      });

      test('opens external links in a new tab, safely, with a spoken hint', async ({ page }) => {
        const external = page.locator('article a[target="_blank"]');
        expect(await external.count()).toBeGreaterThan(0);
        for (const link of await external.all()) {
          await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
          // An icon drawn by the stylesheet, not read out.
          expect(await link.evaluate((a) => getComputedStyle(a, '::after').maskImage)).toMatch(/^url\("data:image\/svg/);
          await expect(link.locator('.sr-only')).toHaveText(` ${common(locale).links.newTab}`);
        }
      });

      test('keeps internal links inside the reader’s language', async ({ page }) => {
        const hrefs = await page
          // Pages, not files: a figure links to its own image, which has no language.
          .locator('a[href^="/"]:not(.language-switcher a, .doc-figure a)')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        expect(hrefs.length).toBeGreaterThan(0);
        for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${locale}(/|$)`));
      });

      test('is readable without JavaScript', async ({ browser }) => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        const page = await context.newPage();
        await page.goto(`/${locale}${guide.path}`);
        await expect(page.locator('article h2')).toHaveCount(guide.sectionIds.length);
        await expect(page.locator('.code-block pre')).toHaveCount(guide.snippets.length);
        await expect(page.locator('.code-block pre').first()).toHaveText(guide.snippets[0] ?? '');
        await context.close();
      });
    });
  }
}

// The Access & Authentication guide.
for (const locale of LOCALES) {
  test.describe(`guide accessAuth (${locale}), its own content`, () => {
    test.beforeEach(async ({ page }) => {
      const response = await page.goto(`/${locale}${GUIDE}`);
      expect(response?.status()).toBe(200);
    });

    test('keeps the anchors other pages link to', async ({ page }) => {
      await expect(page.locator('h3#security-model')).toBeVisible();
      await expect(page.locator('h3#recovering-password')).toBeVisible();
      // The Integrations guide links to these.
      for (const id of ['api-tokens', 'https', 'reverse-proxy']) await expect(page.locator(`h2#${id}`)).toBeVisible();
    });

    test('shows its figures, each loaded, with alt text and a caption', async ({ page }) => {
      const expected = GUIDES.find((guide) => guide.page.id === 'accessAuth')?.figures ?? [];
      expect(expected.length).toBeGreaterThan(0);
      const figures = page.locator('figure.doc-figure');
      await expect(figures).toHaveCount(expected.length);
      for (const [i, figure] of (await figures.all()).entries()) {
        const img = figure.locator('img');
        await expect(img).toHaveAttribute('alt', /\S{10,}/);
        await expect(figure.locator('figcaption')).not.toBeEmpty();
        await expect(img).toHaveAttribute('src', expected[i]?.src ?? '');
        // The image loads in full once it is in view (it is lazy). Sections
        // off screen take their real height only when rendered
        // (content-visibility), which can move the figure away again: it is
        // brought back into view until it has loaded, as a reader would.
        await expect
          .poll(async () => {
            await figure.scrollIntoViewIfNeeded();
            return img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth);
          })
          .toBe(expected[i]?.width);
      }
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

    test('opens its many outside links in new tabs', async ({ page }) => {
      expect(await page.locator('article a[target="_blank"]').count()).toBeGreaterThanOrEqual(11 + 2);
    });

    test('points "where next" at the docs in the reader’s language: this site’s guides here, the others on the public docs', async ({ page }) => {
      const links = page.locator('section[aria-labelledby="where-next"] li > a');
      await expect(links).toHaveCount(5);
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual([
        `https://proxmenux.com/${locale}/docs/monitor/api`,
        // The Integrations guide is a page of this site now.
        `/${locale}/docs/monitor/integrations/`,
        `https://proxmenux.com/${locale}/docs/monitor/dashboard/security`,
        `https://proxmenux.com/${locale}/docs/security/fail2ban`,
        `https://proxmenux.com/${locale}/docs/settings/proxmenux-monitor`,
      ]);
      await expect(links.nth(1)).not.toHaveAttribute('target', '_blank');
    });
  });
}

// The Integrations guide, written in English first.
for (const locale of LOCALES) {
  test.describe(`guide integrations (${locale}), its own content`, () => {
    const path = `/${locale}/docs/monitor/integrations/`;

    test('says first, before any recipe, that a token is a full administrator key', async ({ page }) => {
      await page.goto(path);
      // The article opens with the header, then this warning, before the first section.
      const first = page.locator('article .callout').first();
      await expect(first).toHaveClass(/callout--danger/);
      await expect(first).toContainText('full administrator key');
      await expect(first).toContainText('root shell');
      const [callout, section] = await Promise.all([first.boundingBox(), page.locator('article h2').first().boundingBox()]);
      expect(callout?.y ?? Infinity).toBeLessThan(section?.y ?? 0);
    });

    test(locale === 'en' ? 'is complete in English' : 'shows the English text, marked as such, under the notice in the reader’s language', async ({ page }) => {
      await page.goto(path);
      const notice = page.locator('.translation-notice');
      if (locale === 'en') {
        await expect(notice).toHaveCount(0);
        await expect(page.locator('article [lang="en"]')).toHaveCount(0);
        return;
      }
      await expect(notice).toBeVisible();
      await expect(notice.getByRole('link')).toHaveAttribute('href', new RegExp(`/edit/main/messages/${locale}/docs/monitor/integrations\\.json$`));
      // The English prose is marked, so screen readers and right-to-left pages handle it as English.
      await expect(page.locator('article h1 [lang="en"]')).toHaveText('Integrations');
      await expect(page.locator('article h2 [lang="en"]').first()).toHaveAttribute('dir', 'ltr');
    });

    test('sends readers to the access guide’s sections in their own language', async ({ page }) => {
      await page.goto(path);
      const hrefs = await page.locator('section[aria-labelledby="where-next"] li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual([
        `/${locale}/docs/monitor/access-auth/#api-tokens`,
        `/${locale}/docs/monitor/access-auth/#https`,
        `/${locale}/docs/monitor/access-auth/#reverse-proxy`,
        `/${locale}/docs/monitor/access-auth/#recovering-password`,
        `https://proxmenux.com/${locale}/docs/security/fail2ban`,
      ]);
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

for (const guide of GUIDES) {
  test(`heading ids of the ${guide.page.id} guide are the same in every locale`, async ({ page }) => {
    const ids: string[][] = [];
    for (const locale of LOCALES) {
      await page.goto(`/${locale}${guide.path}`);
      ids.push(await page.locator('article :is(h2, h3)[id]').evaluateAll((hs) => hs.map((h) => h.id)));
    }
    // Every h2 and h3 of the document, in order.
    expect(ids[0]).toEqual(guide.headingIds);
    for (const other of ids.slice(1)) expect(other).toEqual(ids[0]);
  });
}
