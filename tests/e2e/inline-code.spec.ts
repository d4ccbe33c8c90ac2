import { GUIDE, expect, test } from './fixtures';

/**
 * Inline code on a phone-sized screen: a short name (X-Forwarded-For,
 * auth.json) is never split across two lines, where a right-to-left page
 * would put its halves at opposite ends, and Chinese, which breaks
 * anywhere between its characters, would cut it at a hyphen; a value longer
 * than the line stays inside the text column instead of running off the
 * screen.
 */
for (const locale of ['en', 'ar', 'zh-Hans'] as const) {
  test(`inline code keeps short values whole and long ones inside the column (${locale}, 320 px)`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    await page.goto(`/${locale}${GUIDE}`);
    const codes = await page.locator('article :not(pre) > code').evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        const column = (el.closest('p, li, td, th, figcaption, .callout__content') ?? el.parentElement ?? el).getBoundingClientRect();
        const lineHeight = parseFloat(getComputedStyle(el).lineHeight);
        return {
          text: el.textContent ?? '',
          // Pieces on different lines: one rectangle per line box the element spans.
          lines: Math.max(el.getClientRects().length, Math.round(box.height / lineHeight)),
          inside: box.left >= column.left - 1 && box.right <= column.right + 1,
        };
      }),
    );
    await context.close();
    expect(codes.length).toBeGreaterThan(100);
    const short = codes.filter((c) => c.text.length <= 24);
    expect(short.map((c) => c.text)).toContain('X-Forwarded-For');
    expect(short.filter((c) => c.lines > 1).map((c) => c.text), 'short code split across lines').toEqual([]);
    expect(codes.filter((c) => !c.inside).map((c) => c.text), 'code running out of its column').toEqual([]);
  });
}
