import { GUIDE, expect, interactive, test } from './fixtures';

/**
 * The guide at the widths between a phone and a wide screen, in both
 * directions: the title is in the first screen (the table of contents is a
 * closed box above the article until it can be a column beside it), and the
 * site's navigation can be reached at every width: behind the menu button
 * until it is a sidebar.
 */
const WIDTHS = [768, 1024, 1100, 1280, 1920] as const;
const SIDE_COLUMN = 1280; // 80rem: the table of contents becomes a column (app/globals.css, xl).
const SIDEBAR = 1024; // 64rem: the navigation becomes a sidebar (lg).

for (const locale of ['en', 'ar']) {
  for (const width of WIDTHS) {
    test(`${locale} at ${width} px: the title in the first screen, the contents and the navigation within reach`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`/${locale}${GUIDE}`);
      await interactive(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const title = await page.locator('main h1').boundingBox();
      expect(title?.y ?? Infinity).toBeLessThan(800 - (title?.height ?? 0));

      const box = page.locator('details.toc-box');
      if (width >= SIDE_COLUMN) {
        // A column beside the article, open.
        await expect(box).toHaveAttribute('open', '');
        const article = await page.locator('article.doc-article').boundingBox();
        const toc = await box.boundingBox();
        if (locale === 'ar') expect((toc?.x ?? 0) + (toc?.width ?? 0)).toBeLessThanOrEqual((article?.x ?? 0) + 1);
        else expect(toc?.x ?? 0).toBeGreaterThanOrEqual((article?.x ?? 0) + (article?.width ?? 0) - 1);
      } else {
        // A closed box above the article, opened on request.
        await expect(box).not.toHaveAttribute('open', '');
        await box.locator('summary').click();
        await expect(box.locator('nav a').first()).toBeVisible();
      }

      const nav = page.locator('nav.docs-nav');
      if (width >= SIDEBAR) {
        await expect(nav).toBeVisible();
        await expect(page.locator('.menu-toggle')).toBeHidden();
      } else {
        await expect(nav).toBeHidden();
        await page.locator('.menu-toggle').click();
        await expect(nav).toBeVisible();
        await expect(nav.getByRole('link').first()).toBeVisible();
      }
    });
  }
}

test('a box the wide layout opened closes again when the window narrows', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 800 });
  await page.goto(`/en${GUIDE}`);
  await interactive(page);
  const box = page.locator('details.toc-box');
  await expect(box).toHaveAttribute('open', '');
  await page.setViewportSize({ width: 1100, height: 800 });
  await expect(box).not.toHaveAttribute('open', '');
});
