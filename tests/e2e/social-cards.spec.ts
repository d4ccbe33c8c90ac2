import type { Page } from '@playwright/test';
import { INDEXED, cardName } from '../../lib/pages';
import { socialCardPath } from '../../lib/social-cards';
import { LOCALES, expect, test } from './fixtures';

/**
 * The social cards as served: on every card of every language the text
 * above stays clear of the site's host line at the bottom, whatever the
 * length of the page's lead.
 */

/**
 * The least room between the text and the rows above and below it: a
 * two-line title and a three-line lead, the most a card shows, leave more
 * than this.
 */
const MIN_GAP = 30;

/** Rows of the card that have text on them: pixels much brighter than the dark background. */
async function inkedRows(page: Page, png: Buffer): Promise<boolean[]> {
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D context');
    context.drawImage(image, 0, 0);
    const { data: pixels } = context.getImageData(0, 0, image.width, image.height);
    const rows: boolean[] = [];
    for (let y = 0; y < image.height; y++) {
      let inked = false;
      for (let x = 0; x < image.width && !inked; x++) {
        const i = (y * image.width + x) * 4;
        // The background is at most #1e293b; the host line's grey is #94a3b8.
        inked = (pixels[i] ?? 0) + (pixels[i + 1] ?? 0) + (pixels[i + 2] ?? 0) > 3 * 0x70;
      }
      rows.push(inked);
    }
    return rows;
  }, png.toString('base64'));
}

/** Runs of inked rows, top to bottom, as [first, last]. */
function bands(rows: boolean[]): [number, number][] {
  const result: [number, number][] = [];
  rows.forEach((inked, y) => {
    if (!inked) return;
    const last = result.at(-1);
    if (last && last[1] === y - 1) last[1] = y;
    else result.push([y, y]);
  });
  return result;
}

for (const locale of LOCALES) {
  test(`every ${locale} card keeps its text clear of the host line`, async ({ page }) => {
    for (const card of INDEXED.map(cardName)) {
      const path = socialCardPath(locale, card);
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(200);
      const found = bands(await inkedRows(page, await response.body()));
      // The logo's row at the top padding (72 px) and the host line at the
      // bottom one: the page's title and lead sit between them, centred, with
      // room to spare above and below. A lead longer than the card allows
      // used to eat that room and crowd the host line.
      const [logo, ...middle] = found;
      const host = middle.pop();
      expect(logo?.[0], `${path}: the logo's row at the top`).toBe(72);
      expect(host?.[1] ?? 0, `${path}: the host line at the bottom`).toBeGreaterThan(630 - 72 - 12);
      expect((host?.[1] ?? 0) - (host?.[0] ?? 0), `${path}: the host line alone in its band`).toBeLessThan(36);
      expect(middle.length, `${path}: a title and a lead`).toBeGreaterThanOrEqual(2);
      const gapAbove = (middle[0]?.[0] ?? 0) - (logo?.[1] ?? 0);
      const gapBelow = (host?.[0] ?? 0) - (middle.at(-1)?.[1] ?? 0);
      expect(Math.min(gapAbove, gapBelow), `${path}: room around the title and lead`).toBeGreaterThanOrEqual(MIN_GAP);
    }
  });
}
