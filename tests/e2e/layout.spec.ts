import type { Page } from '@playwright/test';
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
      const column = page.locator('.toc-column');
      if (width >= SIDE_COLUMN) {
        // A column beside the article, open; the compact box is not shown.
        await expect(column.locator('nav a').first()).toBeVisible();
        await expect(box).toBeHidden();
        const article = await page.locator('article.doc-article').boundingBox();
        const toc = await column.boundingBox();
        if (locale === 'ar') expect((toc?.x ?? 0) + (toc?.width ?? 0)).toBeLessThanOrEqual((article?.x ?? 0) + 1);
        else expect(toc?.x ?? 0).toBeGreaterThanOrEqual((article?.x ?? 0) + (article?.width ?? 0) - 1);
      } else {
        // A closed box above the article, opened on request; no column.
        await expect(column).toBeHidden();
        await expect(box).not.toHaveAttribute('open', '');
        await expect(box.locator('nav a').first()).toBeHidden();
        expect((await box.boundingBox())?.y ?? Infinity).toBeLessThan(title?.y ?? 0);
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

test('the open table of contents of a wide window folds into the closed box when the window narrows', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 800 });
  await page.goto(`/en${GUIDE}`);
  await interactive(page);
  await expect(page.locator('.toc-column nav a').first()).toBeVisible();
  await page.setViewportSize({ width: 1100, height: 800 });
  await expect(page.locator('.toc-column')).toBeHidden();
  const box = page.locator('details.toc-box');
  await expect(box.locator('summary')).toBeVisible();
  await expect(box).not.toHaveAttribute('open', '');
  await expect(box.locator('nav a').first()).toBeHidden();
});

/**
 * The keyboard meets the article before the table of contents' list: after
 * the skip link, Tab reaches the article's first control before any link
 * of the contents, at every width (where the contents are a column, their
 * links come after the article; above it they are folded behind one
 * "On this page" control), with and without JavaScript.
 */
const KEYBOARD_WIDTHS = [375, 1024, 1280, 1920] as const;

async function tabFromSkipLink(page: Page): Promise<{ stops: string[]; reached: 'article' | 'contents' | null }> {
  await page.keyboard.press('Tab');
  await expect(page.locator('a.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  // The article's first control, as the reader meets it (shown, not inside a closed box).
  const first = await page.locator('article.doc-article').evaluate((article) => {
    const controls = article.querySelectorAll<HTMLElement>('a[href], button, summary, [tabindex]:not([tabindex="-1"]), input, select, textarea');
    const shown = [...controls].find((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
    return shown ? shown.outerHTML.slice(0, 120) : null;
  });
  expect(first, 'the article has a control').not.toBeNull();
  const stops: string[] = [];
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return { html: '', where: null as 'article' | 'contents' | null };
      const where: 'article' | 'contents' | null = el.closest('[data-toc]') ? 'contents' : el.closest('article.doc-article') ? 'article' : null;
      return { html: el.outerHTML.slice(0, 120), where };
    });
    stops.push(stop.html);
    if (stop.where === 'article') expect(stop.html, "the article's first control").toBe(first);
    if (stop.where) return { stops, reached: stop.where };
  }
  return { stops, reached: null };
}

for (const locale of ['en', 'ar'] as const) {
  for (const width of KEYBOARD_WIDTHS) {
    test(`${locale} at ${width} px: after the skip link, Tab reaches the article before the table of contents`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`/${locale}${GUIDE}`);
      await interactive(page);
      const { stops, reached } = await tabFromSkipLink(page);
      expect(reached, `Tab stops after the skip link: ${stops.join(' | ')}`).toBe('article');
      // At most the closed "On this page" box on the way.
      expect(stops.length).toBeLessThanOrEqual(2);
    });
  }
}

for (const width of [1024, 1280] as const) {
  test(`without JavaScript at ${width} px, Tab reaches the article before the table of contents`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`/en${GUIDE}`);
    const { stops, reached } = await tabFromSkipLink(page);
    expect(reached, `Tab stops after the skip link: ${stops.join(' | ')}`).toBe('article');
    expect(stops.length).toBeLessThanOrEqual(2);
    await context.close();
  });
}
