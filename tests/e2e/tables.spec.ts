import type { Locator, Page } from '@playwright/test';
import { GUIDE, expect, test } from './fixtures';

/**
 * A table wider than a phone's screen scrolls sideways in its own region,
 * and shows that it does: a shadow on each edge beyond which there is more
 * of the table, and none on an edge where the table ends. Checked on what
 * the reader sees (the pixels along each edge of the region), at the start,
 * in the middle and at the end of the scroll, in a left-to-right page and
 * in Arabic, whose tables start at their right end; without JavaScript, as
 * the stylesheet alone draws the shadows. The region can be reached and
 * scrolled with the keyboard, and has a name.
 */

type Edges = { left: number; right: number; background: number };

/**
 * The median brightness (0–255) of a band a few pixels wide along each
 * inner edge of the region's visible part (below the sticky header), and
 * of the page's background.
 */
async function edges(page: Page, region: Locator): Promise<Edges> {
  const clip = await region.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const headerBottom = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
    const top = Math.max(box.top, headerBottom) + 4;
    const bottom = Math.min(box.bottom, window.innerHeight) - 4;
    return { x: Math.ceil(box.left), y: Math.ceil(top), width: Math.floor(box.width), height: Math.floor(bottom - top) };
  });
  expect(clip.height, 'the region is in view').toBeGreaterThan(100);
  const png = await page.screenshot({ clip });
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  // Decoded in a page of its own, without the site's content security policy.
  const scratch = await page.context().newPage();
  try {
    return await scratch.evaluate(
      async ({ data, background }) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2d context');
        context.drawImage(bitmap, 0, 0);
        const { data: pixels, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
        const brightness = (r: number, g: number, b: number) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
        // Inside the region's 1 px border: 2 to 8 px from each side.
        const band = (from: number, to: number) => {
          const values: number[] = [];
          for (let y = 0; y < height; y++) {
            for (let x = from; x < to; x++) {
              const i = (y * width + x) * 4;
              values.push(brightness(pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0));
            }
          }
          values.sort((a, b) => a - b);
          return values[Math.floor(values.length / 2)] ?? 0;
        };
        const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number);
        return { left: band(2, 8), right: band(width - 8, width - 2), background: brightness(r, g, b) };
      },
      { data: png.toString('base64'), background },
    );
  } finally {
    await scratch.close();
  }
}

/** Whether each edge shows the shadow: clearly darker than the page, or the page's own colour. */
function shadows({ left, right, background }: Edges): { left: boolean; right: boolean } {
  const shade = (value: number) => {
    if (value < background - 12) return true;
    if (value > background - 3) return false;
    throw new Error(`an edge neither plain nor shadowed: ${value} on a background of ${background}`);
  };
  return { left: shade(left), right: shade(right) };
}

for (const { locale, width } of [
  { locale: 'en', width: 320 },
  { locale: 'en', width: 375 },
  { locale: 'ar', width: 320 },
  { locale: 'ar', width: 375 },
] as const) {
  test(`a table wider than the screen shows a shadow on each side that has more of it (${locale}, ${width} px)`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'light', viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`/${locale}${GUIDE}`);
    const rtl = locale === 'ar';
    // The first table that is wider than its region.
    const regions = page.locator('.doc-table');
    const index = await regions.evaluateAll((els) => els.findIndex((el) => el.scrollWidth > el.clientWidth + 40));
    expect(index, 'a table wider than the screen').toBeGreaterThanOrEqual(0);
    const region = regions.nth(index);

    // A named region that the keyboard reaches and scrolls.
    await expect(region).toHaveRole('region');
    await expect(region).toHaveAccessibleName(/\S/);
    await region.focus();
    await expect(region).toBeFocused();
    await region.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const start = await region.evaluate((el) => el.scrollLeft);
    await page.keyboard.press(rtl ? 'ArrowLeft' : 'ArrowRight');
    // The arrow key scrolls smoothly: wait until the region has moved and come to rest before going back to the start.
    let previous: number | undefined;
    await expect
      .poll(async () => {
        const now = await region.evaluate((el) => el.scrollLeft);
        const resting = now === previous && Math.abs(now) > Math.abs(start);
        previous = now;
        return resting;
      })
      .toBe(true);
    await region.evaluate((el) => (el.scrollLeft = 0));
    await region.blur();

    // At the start: the rest of the table lies after the reading direction's end.
    expect(shadows(await edges(page, region))).toEqual(rtl ? { left: true, right: false } : { left: false, right: true });
    // Half way: more on both sides.
    await region.evaluate((el, rtl) => (el.scrollLeft = ((rtl ? -1 : 1) * (el.scrollWidth - el.clientWidth)) / 2), rtl);
    expect(shadows(await edges(page, region))).toEqual({ left: true, right: true });
    // At the end: the table's start lies behind.
    await region.evaluate((el, rtl) => (el.scrollLeft = (rtl ? -1 : 1) * (el.scrollWidth - el.clientWidth)), rtl);
    expect(shadows(await edges(page, region))).toEqual(rtl ? { left: false, right: true } : { left: true, right: false });
    await context.close();
  });
}

test('a table that fits its region shows no shadow (en, 1280 px)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'light', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`/en${GUIDE}`);
  const region = page.locator('.doc-table').first();
  expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  await region.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  expect(shadows(await edges(page, region))).toEqual({ left: false, right: false });
  await context.close();
});
