import type { Page } from '@playwright/test';
import { findReaderTextProblems, type TextRun } from '../../lib/catalog-tools/reader-text';
import { valueIn } from '../../lib/document/resolve';
import { GUIDES, LOCALES, PAGE_URLS, expect, test } from './fixtures';

/**
 * Every page in every language, as served (the HTML the build wrote, read
 * with JavaScript off): no text a reader sees may carry the traces of a
 * message rendered wrong, an ICU escape, an {argument} left unfilled, a tag
 * or an entity printed as text, doubled spaces or doubled punctuation.
 * Code blocks are checked apart: they must be exactly the guide's snippets.
 */

type Block = { where: string; runs: TextRun[] };

/** The page's text, block by block (paragraphs, list items, cells, headings…), with code marked, plus the texts of its attributes. */
async function readerText(page: Page): Promise<Block[]> {
  return page.evaluate(() => {
    const BLOCKS = 'title, p, li, td, th, h1, h2, h3, h4, h5, h6, figcaption, caption, dt, dd, summary, label, button, blockquote, .callout__title';
    const SKIP = 'script, style, noscript, template, pre, svg';
    const CODE = 'code, kbd, samp';
    const blocks: { where: string; runs: { text: string; code?: boolean }[] }[] = [];
    const describe = (el: Element) => {
      const id = el.closest('[id]')?.id;
      return `<${el.tagName.toLowerCase()}>${id ? ` in #${id}` : ''}`;
    };
    for (const el of document.querySelectorAll(BLOCKS)) {
      if (el.closest(SKIP)) continue;
      const runs: { text: string; code?: boolean }[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest(SKIP)) continue;
        // Text of a nested block is that block's own.
        if (parent.closest(BLOCKS) !== el) continue;
        runs.push({ text: node.textContent ?? '', code: Boolean(parent.closest(CODE)) });
      }
      if (runs.some((r) => r.text.trim())) blocks.push({ where: describe(el), runs });
    }
    const attributes = ['alt', 'title', 'aria-label', 'placeholder'];
    for (const el of document.querySelectorAll(attributes.map((a) => `[${a}]`).join(', '))) {
      if (el.closest('svg')) continue;
      for (const name of attributes) {
        const value = el.getAttribute(name);
        if (value) blocks.push({ where: `${describe(el)} [${name}]`, runs: [{ text: value }] });
      }
    }
    for (const meta of document.querySelectorAll('meta[name="description"], meta[property^="og:"], meta[name^="twitter:"]')) {
      const content = meta.getAttribute('content');
      if (content && !/^https?:/.test(content)) blocks.push({ where: `<meta ${meta.getAttribute('name') ?? meta.getAttribute('property')}>`, runs: [{ text: content }] });
    }
    return blocks;
  });
}

/** Every page of the registry in every language, and each language's 404 page. */
const PAGES = [...PAGE_URLS.map((p) => ({ locale: p.locale, path: p.path })), ...LOCALES.map((locale) => ({ locale, path: `/${locale}/no-such-page/` }))];

for (const { locale, path } of PAGES) {
  test(`${path} reads as a reader should see it (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    const blocks = await readerText(page);
    await context.close();
    expect(blocks.length, `${path} shows no text`).toBeGreaterThan(5);
    const problems = blocks.flatMap((block) =>
      findReaderTextProblems(block.runs).map((problem) => `${path} (${locale}) ${block.where}: ${problem.reason}: “${problem.excerpt}”`),
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });
}

/** What a guide's prose shows, as served: the article's text and its images' descriptions. */
function shownText(page: Page): Promise<string> {
  return page.locator('article').evaluate((article) => {
    const alts = [...article.querySelectorAll('img[alt]')].map((img) => img.getAttribute('alt'));
    const text = [...article.querySelectorAll(':not(pre) > code, p, li, td, th, h2, h3, figcaption, .callout__title')].map((el) => el.textContent);
    return [...text, ...alts].join('\n');
  });
}

// Every guide in every language: each verbatim value of its document (a
// command, a path, a screen label, a reply of the API; a terminal-menu
// label in the reader's language) is on the page exactly as written. The
// code blocks are compared with the guide's snippets, character for
// character, by guide.spec.ts in every language.
for (const guide of GUIDES) {
  for (const locale of LOCALES) {
    test(`${guide.page.id} (${locale}) shows every value exactly as written`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${locale}${guide.path}`);
      const shown = await shownText(page);
      await context.close();
      const missing = Object.entries(guide.values)
        .map(([name, value]) => [name, valueIn(value, locale)] as const)
        .filter(([, value]) => !shown.includes(value));
      expect(missing, 'values not shown as written').toEqual([]);
    });
  }
}
