import type { Page } from '@playwright/test';
import { GUIDE, expect, interactive, test } from './fixtures';

/**
 * Keyboard focus is never hidden under the sticky header (WCAG 2.2 2.4.11):
 * tabbing through the whole guide, forwards and backwards, every focused
 * element outside the header is shown whole below it, or, when it is taller
 * than the room below the header, at least a band of it.
 */
type Stop = { name: string; top: number; bottom: number; headerBottom: number; height: number; inHeader: boolean };

async function stop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const box = el.getBoundingClientRect();
    const header = document.querySelector('.site-header');
    return {
      name: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`,
      top: box.top,
      bottom: box.bottom,
      headerBottom: header?.getBoundingClientRect().bottom ?? 0,
      height: window.innerHeight,
      // The skip link and the header's own controls sit on top by design.
      inHeader: Boolean(header?.contains(el)) || el.classList.contains('skip-link'),
    };
  });
}

async function tabThrough(page: Page, key: 'Tab' | 'Shift+Tab'): Promise<{ stops: number; hidden: string[] }> {
  const hidden: string[] = [];
  let stops = 0;
  let first: string | null = null;
  for (let i = 0; i < 800; i++) {
    await page.keyboard.press(key);
    const s = await stop(page);
    if (!s) break;
    if (first === s.name && i > 0) break;
    first ??= s.name;
    stops++;
    if (s.inHeader) continue;
    // What fits below the header is shown whole; a taller element (a long
    // code block, a wide table's region) shows at least a band of it.
    const room = s.height - s.headerBottom;
    const fits = s.bottom - s.top <= room;
    const visible = Math.min(s.bottom, s.height) - Math.max(s.top, s.headerBottom);
    const shown = fits ? s.top >= s.headerBottom - 2 && s.bottom <= s.height + 2 : visible >= 48;
    if (!shown) hidden.push(`${s.name} at ${Math.round(s.top)}–${Math.round(s.bottom)} px (header ends at ${Math.round(s.headerBottom)}, window ${s.height} px)`);
  }
  return { stops, hidden };
}

const CASES = [
  { locale: 'en', width: 1280 },
  { locale: 'en', width: 375 },
  { locale: 'ar', width: 1024 },
] as const;

for (const { locale, width } of CASES) {
  test(`focus stays in sight through the whole guide, both ways (${locale}, ${width} px)`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/${locale}${GUIDE}`);
    await interactive(page);
    const forwards = await tabThrough(page, 'Tab');
    expect(forwards.stops).toBeGreaterThan(50);
    expect(forwards.hidden).toEqual([]);
    // From the end of the page, backwards.
    await page.locator('.site-footer a').last().focus();
    const backwards = await tabThrough(page, 'Shift+Tab');
    expect(backwards.stops).toBeGreaterThan(50);
    expect(backwards.hidden).toEqual([]);
  });
}

test('a control of the sticky header takes focus without moving the page', async ({ page }) => {
  await page.goto(`/en${GUIDE}`);
  await interactive(page);
  await page.evaluate(() => document.getElementById('security-model')?.scrollIntoView({ block: 'start' }));
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(1000);
  await page.locator('details.language-menu summary').click();
  await expect(page.locator('details.language-menu')).toHaveAttribute('open', '');
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  await page.keyboard.press('Escape');
  await page.locator('.site-header a').first().focus();
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
});
