import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { GUIDE, LOCALES, PAGE_URLS, expect, test } from './fixtures';

// WCAG 2.2 AA, and axe's best practices (unique landmarks, one main, headings in order…).
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
type Theme = 'light' | 'dark';
const WIDTHS = { desktop: 1280, laptop: 1366, narrow: 320 } as const;

/** With the enhancements' scripts, or before they run (served empty): the page as its HTML and stylesheet make it. */
type Scripts = 'scripts' | 'before scripts';

async function open(page: Page, path: string, theme: Theme, width: number, scripts: Scripts = 'scripts') {
  await page.setViewportSize({ width, height: 900 });
  await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
  if (scripts === 'before scripts') await page.route('**/enhancements/*.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  await page.goto(path);
  await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/);
  await readThrough(page);
}

/**
 * Scrolls through the page once, as a reader would, a screen at a time, so
 * that every part of it has been in view. A guide's sections are rendered
 * only near the viewport (content-visibility), and axe can check the
 * colours only of what has been rendered.
 *
 * One animation frame per screen: the scroll set in a frame's callbacks is
 * the position that frame's update of the rendering uses, and that update
 * is where the browser decides which sections are near the viewport. On
 * the English guide axe then checks the same nodes as with two frames per
 * screen (1,133 contrast passes, 93 incomplete), in half the time.
 */
async function readThrough(page: Page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await frame();
    }
    window.scrollTo(0, 0);
    await frame();
  });
}

type Axe = { run: (context: Document, options: RunOptions) => Promise<AxeResults> };

/** axe-core's own script, evaluated in the page as a DevTools script is (the page's policy does not apply). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's documented `axe.run` on the page's document. The page has no
 * frames, so nothing is gained by Playwright's wrapper, which gathers the
 * results of every frame in a second, blank page (about 2 s per check on a
 * guide).
 */
async function violations(page: Page) {
  await page.evaluate(AXE_SOURCE);
  // Only violations are needed: axe then skips collecting every passing node (its documented resultTypes option).
  const options: RunOptions = { runOnly: { type: 'tag', values: RULES }, resultTypes: ['violations'] };
  const found = await page.evaluate(async (opts) => {
    const { axe } = window as Window & { axe?: Axe };
    if (!axe) throw new Error('axe-core did not load in the page');
    const results = await axe.run(document, opts);
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, options);
  return found.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.targets.slice(0, 5).join('\n  ')}`);
}

type Case = [path: string, theme: Theme, width: keyof typeof WIDTHS, scripts?: Scripts];
const EVERY_WAY: [Theme, keyof typeof WIDTHS][] = [
  ['light', 'desktop'],
  ['light', 'narrow'],
  ['dark', 'laptop'],
  ['dark', 'narrow'],
];
// English and Arabic (one language per direction) are checked in every
// theme and width. Every other language is checked once per page: its
// guides in light at 1366 px, where the table of contents is a scrolling
// region that must be reachable by keyboard, its other pages in one theme
// and width, alternating from one language to the next. Its pages have the
// same markup and stylesheet as English's; what a language can break (its
// text, names and labels, how long its lines are) shows in any theme.
const EVERY_WAY_LOCALES: readonly string[] = ['en', 'ar'];
const TWO_WAYS: [Theme, keyof typeof WIDTHS][] = [
  ['light', 'desktop'],
  ['dark', 'narrow'],
];
const oneWay = (locale: string): [Theme, keyof typeof WIDTHS] => TWO_WAYS[LOCALES.indexOf(locale as (typeof LOCALES)[number]) % TWO_WAYS.length] ?? ['light', 'desktop'];
const ways = (locale: string, guide: boolean): [Theme, keyof typeof WIDTHS][] => {
  if (EVERY_WAY_LOCALES.includes(locale)) return guide ? EVERY_WAY : TWO_WAYS;
  return guide ? [['light', 'laptop']] : [oneWay(locale)];
};
const cases: Case[] = [
  ...PAGE_URLS.flatMap(({ page, locale, path }): Case[] => ways(locale, page.kind === 'guide').map(([theme, width]) => [path, theme, width])),
  ...LOCALES.flatMap((l): Case[] => ways(l, false).map(([theme, width]) => [`/${l}/no-such-page/`, theme, width])),
];

for (const [path, theme, width] of cases) {
  test(`no WCAG 2.2 AA or best-practice violations on ${path} (${theme}, ${width})`, async ({ page }) => {
    await open(page, path, theme, WIDTHS[width]);
    expect(await violations(page)).toEqual([]);
  });
}

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(`/en${GUIDE}`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('the page has its landmarks', async ({ page }) => {
  await page.goto(`/es${GUIDE}`);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Documentación' })).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'En esta página' })).toHaveCount(1);
  // The language navigation sits in a disclosure in the banner, named by the current language.
  const languages = page.getByRole('banner').locator('details.language-menu > summary');
  await expect(languages).toHaveAccessibleName('Idioma: Español');
  await expect(page.getByRole('navigation', { name: 'Idioma' })).toHaveCount(0);
  await languages.click();
  await expect(page.getByRole('navigation', { name: 'Idioma' })).toHaveCount(1);
});

test('every interactive element shows a focus ring', async ({ page }) => {
  await page.goto(`/en${GUIDE}`);
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'none';
      const style = getComputedStyle(el);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline, `focus ${i + 1}`).toMatch(/^solid [1-9]/);
  }
});
