import { existsSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { localeConfig } from '../../i18n/locales';
import { GUIDE, GUIDES, LOCALES, DOCUMENT, expect, interactive, test } from './fixtures';

// What every language must get right, checked in each: the server's
// <html lang dir>, no English left on the page, no horizontal scrolling on
// a 320-pixel screen, a language menu that names every language in its own
// words, and search in the language's own script. Arabic's mirrored layout
// is checked by computed style and position further down.

const pagesOf = (locale: string) => [`/${locale}${GUIDE}`, `/${locale}/docs/`, `/${locale}/docs/translation-status/`, `/${locale}/no-such-page/`];
const label = (locale: string) => localeConfig[locale as keyof typeof localeConfig].label;
/**
 * Guides a language has no catalog for yet (a guide may land in English
 * first): wherever they are listed (the navigation, the docs home's cards,
 * the status page), their title and lead show in English, marked as such.
 */
const pendingGuides = (locale: string) => GUIDES.filter((guide) => !existsSync(`messages/${locale}/${guide.page.catalog}.json`));

/** A word of the guide's "API tokens" heading, in the language's script, to search for. */
function searchWord(locale: string): string {
  const catalog = JSON.parse(readFileSync(`messages/${locale}/docs/monitor/access-auth.json`, 'utf8'));
  const heading: string = catalog.apiTokens.heading;
  // Chinese is searched by a two-character word; 令牌 (token) is the glossary's term.
  if (locale === 'zh-Hans') {
    expect(heading).toContain('令牌');
    return '令牌';
  }
  const words = heading.split(/[^\p{L}]+/u).filter((w) => w.length >= 4 && w !== 'API');
  const word = words.sort((a, b) => b.length - a.length)[0];
  if (!word) throw new Error(`No word to search for in "${heading}"`);
  return word;
}

async function openLanguageMenu(page: Page) {
  const menu = page.locator('details.language-menu');
  await menu.locator('summary').click();
  await expect(menu).toHaveAttribute('open', '');
  return menu;
}

for (const locale of LOCALES) {
  const dir = localeConfig[locale].dir;

  test.describe(`${label(locale)} (${locale})`, () => {
    test(`every page is served with <html lang="${locale}" dir="${dir}">, and no English on it`, DOCUMENT, async ({ page, request }) => {
      for (const path of pagesOf(locale)) {
        const html = await (await request.get(path)).text();
        expect(html, path).toMatch(new RegExp(`<html lang="${locale}" dir="${dir}"`));
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('dir', dir);
        if (locale === 'en') continue;
        // English fallback is marked lang="en"; only the language menu's "English" link may carry it,
        // and the listing of a guide not yet translated into this language.
        const pending = pendingGuides(locale).map((guide) => `/${locale}${guide.path}`);
        const listing = pending.flatMap((href) => [`a[href="${href}"]`, `.guide-card:has(a[href="${href}"])`]).join(', ');
        const english = await page
          .locator('[lang="en"]:not(a[hreflang="en"])')
          .evaluateAll((els, allowed) => els.filter((el) => !(allowed && el.closest(allowed))).map((el) => el.outerHTML.slice(0, 120)), listing);
        expect(english, path).toEqual([]);
        // The docs home says so when a guide it lists is still in English; no other page has English text of its own.
        const home = path === `/${locale}/docs/`;
        await expect(page.locator('.translation-notice'), path).toHaveCount(home && pending.length ? 1 : 0);
      }
    });

    test('nothing scrolls sideways on a 320-pixel screen', DOCUMENT, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 700 });
      for (const path of pagesOf(locale)) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    });

    test('the language menu names the current language and lists every language by its own name', async ({ page }) => {
      for (const width of [1280, 320]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`/${locale}${GUIDE}`);
        if (width === 320) {
          await interactive(page);
          await page.locator('.menu-toggle').click();
        }
        const menu = page.locator('details.language-menu');
        await expect(menu.locator('summary [lang]')).toHaveText(label(locale));
        await openLanguageMenu(page);
        const links = menu.locator('a[hreflang]');
        await expect(links).toHaveCount(LOCALES.length - 1);
        for (const other of LOCALES.filter((l) => l !== locale)) {
          const link = menu.locator(`a[hreflang="${other}"]`);
          await expect(link).toHaveText(label(other));
          await expect(link).toHaveAttribute('lang', other);
          await expect(link).toHaveAttribute('href', `/${other}${GUIDE}`);
        }
        // The open list stays on the screen.
        const box = await menu.locator('.language-switcher').boundingBox();
        expect(box?.x ?? -1, `${width}px`).toBeGreaterThanOrEqual(0);
        expect((box?.x ?? 0) + (box?.width ?? Infinity), `${width}px`).toBeLessThanOrEqual(width);
      }
    });

    test('search finds a word of the guide, written in the language’s script', async ({ page }) => {
      const word = searchWord(locale);
      await page.goto(`/${locale}/docs/`);
      await interactive(page);
      await page.locator('.search-button').click();
      const input = page.getByRole('dialog').getByRole('searchbox');
      await input.fill(word);
      const hits = page.getByRole('dialog').locator('.search-hit');
      await expect(hits.first(), word).toBeVisible({ timeout: 10_000 });
      // The guide's sections are among the results (other guides may use the word too), and every result is in the reader's language.
      const hrefs = () => hits.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      await expect.poll(hrefs, { message: word }).toContainEqual(expect.stringMatching(new RegExp(`^/${locale}${GUIDE}#`)));
      for (const href of await hrefs()) expect(href, word).toMatch(new RegExp(`^/${locale}/`));
    });
  });
}

test('the language menu works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/ar${GUIDE}`);
  const menu = await openLanguageMenu(page);
  await menu.getByRole('link', { name: label('zh-Hans') }).click();
  await page.waitForURL(`**/zh-Hans${GUIDE}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await context.close();
});

test('the language menu closes on Escape and on a click elsewhere', async ({ page }) => {
  await page.goto(`/de${GUIDE}`);
  await interactive(page);
  const menu = await openLanguageMenu(page);
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open', '');
  await expect(menu.locator('summary')).toBeFocused();
  await openLanguageMenu(page);
  await page.locator('main h1').click();
  await expect(menu).not.toHaveAttribute('open', '');
});

test('the translation status page shows every language, no name broken across lines', DOCUMENT, async ({ page }) => {
  for (const width of [1366, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/en/docs/translation-status/');
    // Both tables name every translation: the coverage table by row, the per-page table by column.
    const tables = page.locator('.translation-status table');
    await expect(tables).toHaveCount(2);
    for (const table of await tables.all()) await expect(table.locator('[lang]')).toHaveCount(LOCALES.length - 1);
    // Each name in one line box, no taller than a line: not broken ("Españo / l").
    const broken = await page.locator('.translation-status table [lang]').evaluateAll((names) =>
      names
        .filter((el) => el.getClientRects().length !== 1 || el.getBoundingClientRect().height > parseFloat(getComputedStyle(el).lineHeight) * 1.2)
        .map((el) => `${el.textContent} (${el.getClientRects().length} line boxes, ${Math.round(el.getBoundingClientRect().height)} px)`),
    );
    expect(broken, `at ${width} px`).toEqual([]);
  }
});

test.describe('Arabic: the layout is mirrored, code stays left to right', DOCUMENT, () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/ar${GUIDE}`);
  });

  test('the page reads right to left: navigation on the right, contents on the left, header mirrored', async ({ page }) => {
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).direction)).toBe('rtl');
    const article = await page.locator('article.doc-article').boundingBox();
    const nav = await page.locator('nav.docs-nav').boundingBox();
    const toc = await page.locator('.toc-column').boundingBox();
    expect(nav && article && nav.x).toBeGreaterThan((article?.x ?? 0) + (article?.width ?? 0) - 1);
    expect(toc && article && toc.x + toc.width).toBeLessThanOrEqual((article?.x ?? 0) + 1);
    // The brand starts the header on the right; the menu ends it on the left.
    const brand = await page.locator('.site-header__brand').boundingBox();
    const menu = await page.locator('details.language-menu').boundingBox();
    expect(brand?.x).toBeGreaterThan(menu?.x ?? Infinity);
    // Headings and paragraphs start at the right edge of the column.
    const heading = page.locator('article h2').first();
    expect(await heading.evaluate((el) => getComputedStyle(el).textAlign)).toMatch(/^(start|right)$/);
    const text = await heading.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return { text: range.getBoundingClientRect(), box: el.getBoundingClientRect() };
    });
    expect(Math.abs(text.text.right - text.box.right)).toBeLessThan(2);
  });

  test('callouts carry their accent on the right; lists are indented from the right', async ({ page }) => {
    const callout = page.locator('.callout').first();
    const borders = await callout.evaluate((el) => {
      const style = getComputedStyle(el);
      return { left: parseFloat(style.borderLeftWidth), right: parseFloat(style.borderRightWidth) };
    });
    expect(borders.right).toBeGreaterThan(borders.left);
    const list = page.locator('article .doc-section ul').first();
    const padding = await list.evaluate((el) => {
      const style = getComputedStyle(el);
      return { left: parseFloat(style.paddingLeft), right: parseFloat(style.paddingRight) };
    });
    expect(padding.right).toBeGreaterThan(padding.left);
  });

  test('code blocks and inline code read left to right, isolated from the Arabic around them', async ({ page }) => {
    const block = page.locator('.code-block').first();
    const pre = block.locator('pre');
    expect(await pre.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    // The code starts at the left edge of its box, and a long line scrolls from there.
    const start = await pre.evaluate((el) => {
      const range = document.createRange();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const first = walker.nextNode();
      if (!first) return null;
      range.setStart(first, 0);
      range.setEnd(first, 1);
      return { char: range.getBoundingClientRect().left, box: el.getBoundingClientRect().left, scroll: el.parentElement?.scrollLeft };
    });
    expect(start && start.char - start.box).toBeLessThan(24);
    expect(start?.scroll).toBe(0);
    const code = page.locator('article p code').first();
    const style = await code.evaluate((el) => ({ direction: getComputedStyle(el).direction, bidi: getComputedStyle(el).unicodeBidi }));
    expect(style).toEqual({ direction: 'ltr', bidi: 'isolate' });
    // Screen labels quoted in the Arabic text are isolated too.
    const label = page.locator('article strong bdi').first();
    await expect(label).toHaveText(/^[\x20-\x7e]+$/);
    expect(await label.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
  });

  test('icons that point are mirrored: the external-link arrow points left', async ({ page }) => {
    const external = page.locator('article a.external').first();
    const transform = await external.evaluate((el) => getComputedStyle(el, '::after').transform);
    expect(transform).toBe('matrix(-1, 0, 0, 1, 0, 0)');
  });
});
