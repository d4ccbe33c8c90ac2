import type { Page } from '@playwright/test';
import { GUIDE, expect, interactive, test } from './fixtures';

/**
 * Focus is never hidden (WCAG 2.2 2.4.11): tabbing through a whole guide,
 * forwards and then backwards, every element that receives focus outside
 * the sticky header is scrolled to where the reader sees it, below the
 * header and above the bottom of the screen.
 */

type Focused = { what: string; top: number; bottom: number; headerBottom: number; viewport: number; inHeader: boolean; skipLink: boolean } | null;

/** Where the focused element is, and where the sticky header ends. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const box = el.getBoundingClientRect();
    const header = document.querySelector('.site-header');
    const sticky = header !== null && getComputedStyle(header).position === 'sticky';
    return {
      what: el.outerHTML.slice(0, 100),
      top: box.top,
      bottom: box.bottom,
      headerBottom: sticky ? header.getBoundingClientRect().bottom : 0,
      viewport: window.innerHeight,
      // The skip link shows itself on top of everything; the header's own controls are always in view.
      inHeader: el.closest('.site-header, .skip-link') !== null,
      skipLink: el.classList.contains('skip-link'),
    };
  });
}

/** Presses `key` until focus has gone round the page once; returns each place focus was hidden. */
async function tabThrough(page: Page, key: 'Tab' | 'Shift+Tab'): Promise<{ hidden: string[]; visited: number }> {
  const hidden: string[] = [];
  let visited = 0;
  for (let i = 0; i < 1000; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (f === null) {
      if (visited > 0) break;
      continue;
    }
    visited++;
    // Backwards, the skip link is the last stop of the round.
    if (key === 'Shift+Tab' && f.skipLink) break;
    if (f.inHeader) continue;
    // A control is seen whole, below the header. A large region (a table or
    // code block, scrolled into view by the browser however it sees fit) fills
    // at least half of the space below the header.
    const space = f.viewport - f.headerBottom;
    const large = f.bottom - f.top > space / 2;
    const seen = Math.min(f.bottom, f.viewport) - Math.max(f.top, f.headerBottom);
    if (large ? seen < space / 2 : f.top < f.headerBottom - 1 || f.bottom > f.viewport + 1) {
      hidden.push(`${f.what} (top ${Math.round(f.top)}, bottom ${Math.round(f.bottom)}; header ends at ${Math.round(f.headerBottom)})`);
    }
  }
  return { hidden, visited };
}

const CASES = [
  { locale: 'en', width: 1280 },
  { locale: 'en', width: 375 },
  { locale: 'ar', width: 1024 },
] as const;

for (const { locale, width } of CASES) {
  test(`tabbing through the guide forwards and backwards never hides focus under the header (${locale}, ${width} px)`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height: 720 });
    await page.goto(`/${locale}${GUIDE}`);
    await interactive(page);
    const forwards = await tabThrough(page, 'Tab');
    // The whole guide: its table of contents, heading anchors, code regions, copy buttons, tables and links.
    expect(forwards.visited).toBeGreaterThan(100);
    expect(forwards.hidden, 'focus hidden going forwards').toEqual([]);
    const backwards = await tabThrough(page, 'Shift+Tab');
    expect(backwards.visited).toBe(forwards.visited);
    expect(backwards.hidden, 'focus hidden going backwards').toEqual([]);
  });
}

/**
 * After the skip link, the keyboard reaches the article at once: the table
 * of contents' links come after it where they are a column beside it, and
 * are folded behind one "On this page" control where they sit above it.
 */
for (const width of [1440, 1024, 375]) {
  test(`after the skip link, the article is at most two Tab presses away (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/en${GUIDE}`);
    await interactive(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    const stops: string[] = [];
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => (document.activeElement?.closest('article') ? 'article' : (document.activeElement?.outerHTML.slice(0, 80) ?? ''))));
      if (stops.at(-1) === 'article') break;
    }
    expect(stops.at(-1), `Tab stops before the article: ${stops.join(' | ')}`).toBe('article');
  });
}
