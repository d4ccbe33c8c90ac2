import { GUIDE, expect, test } from './fixtures';

/** Up to this many characters, inline code and a quoted screen label are kept on one line (i18n/text.tsx). */
const SHORT = 24;

/**
 * Inline code and screen labels, on a phone and on a laptop, in a
 * left-to-right page, in Arabic and in Chinese: a short name
 * (X-Forwarded-For, auth.json, "Generate New API Token") is never split
 * across two lines, where a right-to-left page would put its halves at
 * opposite ends; a value longer than the line stays inside the text column
 * instead of running off the screen.
 */
for (const locale of ['en', 'ar', 'zh-Hans'] as const) {
  for (const width of [320, 1366]) {
    test(`inline code and screen labels keep short values whole and long ones inside the column (${locale}, ${width} px)`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 700 } });
      const page = await context.newPage();
      await page.goto(`/${locale}${GUIDE}`);
      const values = await page.locator('article :not(pre) > code, article bdi').evaluateAll((els) =>
        els.map((el) => {
          const box = el.getBoundingClientRect();
          const column = (el.closest('p, li, td, th, figcaption, .callout__content') ?? el.parentElement ?? el).getBoundingClientRect();
          // The line boxes the element spans: its rectangles, grouped by the line they sit on
          // (a right-to-left line may hold several pieces of one element side by side).
          const lines: { top: number; bottom: number }[] = [];
          for (const rect of el.getClientRects()) {
            if (rect.width === 0) continue;
            const middle = (rect.top + rect.bottom) / 2;
            if (!lines.some((line) => middle > line.top && middle < line.bottom)) lines.push({ top: rect.top, bottom: rect.bottom });
          }
          return {
            tag: el.tagName.toLowerCase(),
            text: el.textContent ?? '',
            lines: lines.length,
            inside: box.left >= column.left - 1 && box.right <= column.right + 1,
          };
        }),
      );
      await context.close();
      const codes = values.filter((v) => v.tag === 'code');
      const labels = values.filter((v) => v.tag === 'bdi');
      expect(codes.length).toBeGreaterThan(100);
      expect(labels.length).toBeGreaterThan(20);
      const short = values.filter((v) => v.text.length <= SHORT);
      expect(short.map((v) => v.text)).toContain('X-Forwarded-For');
      expect(short.filter((v) => v.lines > 1).map((v) => `${v.tag}: ${v.text}`), 'short code or label split across lines').toEqual([]);
      expect(codes.filter((v) => !v.inside).map((v) => v.text), 'code running out of its column').toEqual([]);
    });
  }
}
