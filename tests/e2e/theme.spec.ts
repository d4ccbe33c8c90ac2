import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { GUIDE, expect, interactive, test } from './fixtures';

/**
 * The theme: the system's colour scheme unless the reader chose one. With
 * JavaScript the theme script puts `light` or `dark` on <html>; without it
 * the stylesheet alone follows prefers-color-scheme. A choice wins over the
 * system in both directions.
 */

type Theme = 'light' | 'dark';

const CODE_THEME = readFileSync('app/code-theme.css', 'utf8');

/** A code block's default colour in a theme, as app/code-theme.css gives it. */
const CODE_DEFAULT: Record<Theme, string> = {
  light: /:root\.light \.shiki \{ color: #([0-9a-f]{6}); \}/.exec(CODE_THEME)?.[1] ?? '',
  dark: /:root\.dark \.shiki \{ color: #([0-9a-f]{6}); \}/.exec(CODE_THEME)?.[1] ?? '',
};
/** Each token class's colour (`d3` → `8b949e`). */
const CODE_COLOURS = new Map([...CODE_THEME.matchAll(/\.([dl]\d+) \{ color: #([0-9a-f]{6}); \}/g)].map((m) => [m[1], m[2]] as const));

/** The page's colours in each theme (app/globals.css). */
const PAGE: Record<Theme, { background: string; text: string; codeBackground: string }> = {
  light: { background: 'ffffff', text: '0f172a', codeBackground: 'ffffff' },
  dark: { background: '0b1120', text: 'e5e7eb', codeBackground: '0d1117' },
};

const hex = (rgb: string) =>
  (rgb.match(/\d+(\.\d+)?/g) ?? [])
    .slice(0, 3)
    .map((n) => Number(n).toString(16).padStart(2, '0'))
    .join('');

/** What the guide looks like: the page, a code block and its tokens, a screenshot. */
async function colours(page: Page) {
  const style = (selector: string, property: string) =>
    page.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
  // A keyword coloured in both themes, and a token left in the light theme's default colour.
  const keyword = page.locator('.code-block pre span', { hasText: /^server$/ }).first();
  const classes = (await keyword.getAttribute('class')) ?? '';
  return {
    background: hex(await style('body', 'background-color')),
    text: hex(await style('body', 'color')),
    codeBackground: hex(await style('.code-block', 'background-color')),
    codeText: hex(await style('.code-block pre.shiki', 'color')),
    keyword: hex(await keyword.evaluate((el) => getComputedStyle(el).color)),
    keywordClasses: classes,
    figure: await style('figure.doc-figure img', 'filter'),
  };
}

async function expectTheme(page: Page, theme: Theme) {
  const seen = await colours(page);
  const dark = CODE_COLOURS.get(/\bd\d+\b/.exec(seen.keywordClasses)?.[0] ?? '');
  const light = CODE_COLOURS.get(/\bl\d+\b/.exec(seen.keywordClasses)?.[0] ?? '');
  expect(dark).toBeDefined();
  expect(light).toBeDefined();
  expect(light).not.toBe(dark);
  expect(CODE_DEFAULT.light).not.toBe(CODE_DEFAULT.dark);
  expect(seen).toEqual({
    background: PAGE[theme].background,
    text: PAGE[theme].text,
    codeBackground: PAGE[theme].codeBackground,
    codeText: CODE_DEFAULT[theme],
    keyword: theme === 'dark' ? dark : light,
    keywordClasses: seen.keywordClasses,
    // Screenshots are dimmed in the dark theme, whichever way it came.
    figure: theme === 'dark' ? 'brightness(0.8)' : 'none',
  });
}

for (const system of ['dark', 'light'] as const) {
  test.describe(`without JavaScript, on a ${system} system`, () => {
    test.use({ javaScriptEnabled: false, colorScheme: system });

    test(`the page, its code and its screenshots are ${system}`, async ({ page }) => {
      await page.goto(`/en${GUIDE}`);
      await expect(page.locator('html')).not.toHaveClass(/\b(js|light|dark)\b/);
      await expectTheme(page, system);
    });
  });
}

for (const [choice, system] of [
  ['light', 'dark'],
  ['dark', 'light'],
] as const) {
  test.describe(`${choice} chosen on a ${system} system`, () => {
    test.use({ colorScheme: system });

    test(`stays ${choice}, from the first paint`, async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('theme', t), choice);
      // The background of the first frame, before any enhancement's script has set itself up.
      await page.addInitScript(() => {
        requestAnimationFrame(() => {
          (window as unknown as { firstPaint: string }).firstPaint = getComputedStyle(document.body).backgroundColor;
        });
      });
      await page.goto(`/en${GUIDE}`);
      await expect.poll(() => page.evaluate(() => (window as unknown as { firstPaint?: string }).firstPaint)).toBe(`rgb(${PAGE[choice].background.match(/../g)?.map((h) => parseInt(h, 16)).join(', ')})`);
      await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${choice}\\b`));
      await expectTheme(page, choice);
      await interactive(page);
      await expect(page.getByLabel('Theme')).toHaveValue(choice);
      // The system changing does not override the choice.
      await page.emulateMedia({ colorScheme: choice });
      await page.emulateMedia({ colorScheme: system });
      await expectTheme(page, choice);
    });
  });
}

test.describe('the system’s theme, with JavaScript', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the emulated scheme, and the reader’s choice back to the system', async ({ page }) => {
    await page.goto(`/en${GUIDE}`);
    await interactive(page);
    await expect(page.getByLabel('Theme')).toHaveValue('system');
    await expectTheme(page, 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveClass(/\blight\b/);
    await expectTheme(page, 'light');

    // Choosing dark on this light system, then the system again.
    await page.getByLabel('Theme').selectOption('dark');
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expectTheme(page, 'dark');
    await page.getByLabel('Theme').selectOption('system');
    await expect(page.locator('html')).toHaveClass(/\blight\b/);
    await expectTheme(page, 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expectTheme(page, 'dark');
  });
});
