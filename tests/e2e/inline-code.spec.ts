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

/**
 * Screen labels of the Monitor quoted in Arabic and Chinese text (and in
 * tables), each isolated in <bdi> (i18n/text.tsx): on a phone-sized screen
 * a short one ("Generate New API Token") is never split across two lines,
 * where Arabic would put its halves at opposite ends and Chinese may cut it
 * at any space; and one inside a link is underlined with the rest of the
 * link, as it would not be if it were kept whole as an inline block.
 */
for (const locale of ['ar', 'zh-Hans'] as const) {
  test(`screen labels stay whole on one line and underlined inside links (${locale}, 320 px)`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    await page.goto(`/${locale}${GUIDE}`);
    const labels = await page.locator('article bdi').evaluateAll((els) =>
      els.map((el) => {
        // The lines the element spans: its rectangles grouped by the line they sit on
        // (a right-to-left line may hold several pieces of one element side by side).
        const lines: { top: number; bottom: number }[] = [];
        for (const rect of el.getClientRects()) {
          if (rect.width === 0) continue;
          const middle = (rect.top + rect.bottom) / 2;
          if (!lines.some((line) => middle > line.top && middle < line.bottom)) lines.push({ top: rect.top, bottom: rect.bottom });
        }
        // Underlined by a decoration of its own or of an inline ancestor (a decoration does not reach into an inline block).
        let underlined = false;
        for (let node: Element | null = el; node; node = node.parentElement) {
          const style = getComputedStyle(node);
          if (style.textDecorationLine.includes('underline')) {
            underlined = true;
            break;
          }
          if (style.display !== 'inline') break;
        }
        return { text: el.textContent ?? '', lines: lines.length, inLink: el.closest('a') !== null, underlined };
      }),
    );
    await context.close();
    const short = labels.filter((l) => l.text.length <= 24);
    expect(short.length).toBeGreaterThan(50);
    expect(short.map((l) => l.text)).toContain('Generate New API Token');
    expect(short.filter((l) => l.lines > 1).map((l) => l.text), 'short label split across lines').toEqual([]);
    const linked = labels.filter((l) => l.inLink);
    expect(linked.length, 'labels inside links').toBeGreaterThan(0);
    expect(linked.filter((l) => !l.underlined).map((l) => l.text), 'label inside a link without its underline').toEqual([]);
  });
}
