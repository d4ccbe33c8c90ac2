import type { Page } from '@playwright/test';
import { GUIDE, expect, interactive, test } from './fixtures';

/**
 * The page's layout at the widths readers bring: a tablet upright (768), a
 * tablet on its side or a laptop zoomed to 125% (1024, 1100), a laptop
 * (1280) and a desktop (1920). At each, the guide's title is in the first
 * screen (the table of contents never pushes it down), the table of
 * contents is either a side column or one compact "On this page" line, and
 * the site's navigation is one click away: the sidebar, or a menu button
 * until the sidebar appears.
 */
const WIDTHS = [768, 1024, 1100, 1280, 1920];
/** From this width (80rem) the table of contents is a column beside the article. */
const TOC_COLUMN = 1280;
/** From this width (64rem) the documentation's navigation is a sidebar. */
const SIDEBAR = 1024;

async function titleIsInFirstScreen(page: Page) {
  const title = page.locator('article h1');
  const box = await title.boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  expect(box, 'the guide has a title').not.toBeNull();
  expect(box!.y + box!.height, 'the title ends within the first screen').toBeLessThanOrEqual(height);
}

for (const locale of ['en', 'ar'] as const) {
  for (const width of WIDTHS) {
    test(`at ${width} px (${locale}) the title is in the first screen and the navigation is reachable`, async ({ page }) => {
      // A tablet or laptop screen in landscape: as tall as it is usually wide minus the browser's bars.
      await page.setViewportSize({ width, height: 768 });
      await page.goto(`/${locale}${GUIDE}`);
      await interactive(page);
      await titleIsInFirstScreen(page);

      const box = page.locator('details.toc-box');
      const column = page.locator('.toc-column');
      if (width >= TOC_COLUMN) {
        // A column of its own, beside the article (after it in the reading direction).
        await expect(column.locator('nav a').first()).toBeVisible();
        await expect(box).toBeHidden();
        const [article, side] = await Promise.all([page.locator('article').boundingBox(), column.boundingBox()]);
        if (locale === 'ar') expect(side!.x + side!.width).toBeLessThanOrEqual(article!.x + 1);
        else expect(side!.x).toBeGreaterThanOrEqual(article!.x + article!.width - 1);
      } else {
        // One compact line above the article, which opens the list on demand.
        await expect(column).toBeHidden();
        const summary = box.locator('summary');
        await expect(summary).toBeVisible();
        await expect(box.locator('nav a').first()).toBeHidden();
        expect((await box.boundingBox())!.height).toBeLessThan(80);
        expect((await box.boundingBox())!.y).toBeLessThan((await page.locator('article h1').boundingBox())!.y);
        await summary.click();
        await expect(box.locator('nav a').first()).toBeVisible();
      }

      const nav = page.locator('nav#docs-nav');
      const menu = page.locator('menu-toggle button');
      if (width >= SIDEBAR) {
        await expect(nav).toBeVisible();
        await expect(menu).toBeHidden();
      } else {
        await expect(nav).toBeHidden();
        await expect(menu).toBeVisible();
        await menu.click();
        await expect(menu).toHaveAttribute('aria-expanded', 'true');
        await expect(nav).toBeVisible();
        await expect(nav.locator('a[aria-current="page"]')).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(nav).toBeHidden();
      }
      await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', `/${locale}${GUIDE}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    });
  }
}

test('without JavaScript the navigation is listed and the title still comes before the end of the first screen at 1024 px', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await page.goto(`/en${GUIDE}`);
  await expect(page.locator('nav#docs-nav a[aria-current="page"]')).toBeVisible();
  await expect(page.locator('details.toc-box summary')).toBeVisible();
  await titleIsInFirstScreen(page);
  await context.close();
});
