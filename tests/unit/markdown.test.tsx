// @vitest-environment jsdom
import type { Blockquote, Code, Heading, Image, Nodes, Paragraph, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Locale } from '@/i18n/routing';
import { llmsFullText, llmsRootText, llmsText } from '@/lib/build/llms';
import { STATIC_GUIDES, guideMarkdown, markdownUrl } from '@/lib/build/static-text';
import { pageUrl } from '@/lib/seo';
import { SITE_URL } from '@/lib/site';
import { renderServer, toDocument } from './support/render';

/*
 * Each guide's Markdown (scripts/build-text-files.ts), parsed back with a
 * Markdown parser, against the page the build renders from the same
 * document: the same headings with the same ids, the same code blocks, the
 * same text in paragraphs, lists, callouts and tables, in English, in a
 * right-to-left language, in Chinese, and in a language whose catalog of
 * one guide is missing (English fallback, like the page).
 *
 * The parser is CommonMark's (mdast-util-from-markdown): GFM's table syntax
 * needs micromark-extension-gfm, which the project does not install, so a
 * table's rows are read from its source lines, cell by cell.
 */
const LOCALES: Locale[] = ['en', 'ar', 'zh-Hans', 'es'];

beforeAll(() => {
  // Catalogs a language lacks are reported on the console by the page's loader.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

async function renderedArticle(path: string, locale: Locale): Promise<Element> {
  const { default: GuideRoute } = await import('@/app/[locale]/docs/[...slug]/page');
  const params = Promise.resolve({ locale, slug: path.split('/').filter(Boolean).slice(1) });
  const doc = toDocument(await renderServer(await GuideRoute({ params } as PageProps<'/[locale]/docs/[...slug]'>)));
  const article = doc.querySelector('article');
  if (!article) throw new Error('no article');
  // What a screen reader hears but a reader does not see, and the headings' "#" links.
  for (const el of article.querySelectorAll('.sr-only, .doc-heading__anchor, script, copy-button')) el.remove();
  return article;
}

function visit(node: Nodes, test: (node: Nodes, parent?: Nodes) => void, parent?: Nodes) {
  test(node, parent);
  if ('children' in node) for (const child of node.children) visit(child, test, node);
}

function parsed(markdown: string): { root: Root; headings: Heading[]; code: Code[]; paragraphs: Paragraph[]; quotes: Blockquote[]; images: Image[] } {
  const root = fromMarkdown(markdown);
  const out = { root, headings: [] as Heading[], code: [] as Code[], paragraphs: [] as Paragraph[], quotes: [] as Blockquote[], images: [] as Image[] };
  visit(root, (node) => {
    if (node.type === 'heading') out.headings.push(node);
    if (node.type === 'code') out.code.push(node);
    if (node.type === 'paragraph') out.paragraphs.push(node);
    if (node.type === 'blockquote') out.quotes.push(node);
    if (node.type === 'image') out.images.push(node);
  });
  return out;
}

/** A paragraph that is a GFM table (CommonMark reads it as text): its rows' cells as text, the delimiter row left out. */
function tableRows(paragraph: Paragraph, markdown: string): string[][] | undefined {
  const start = paragraph.position?.start.offset;
  const end = paragraph.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const source = markdown.slice(start, end);
  if (!source.startsWith('|')) return undefined;
  return source
    .split('\n')
    .filter((line) => !/^\|(\s*:?-+:?\s*\|)+$/.test(line.trim()))
    .map((line) =>
      line
        .trim()
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => normalize(toString(fromMarkdown(cell.replaceAll('\\|', '|').trim())))),
    );
}

describe.each(STATIC_GUIDES.flatMap(({ page, document }) => LOCALES.map((locale) => ({ id: page.id, page, document, locale }))))(
  'the $id guide in $locale as Markdown',
  ({ page, document, locale }) => {
    let markdown = '';
    let article: Element;
    let md: ReturnType<typeof parsed>;
    beforeAll(async () => {
      markdown = guideMarkdown(page, document, locale);
      md = parsed(markdown);
      article = await renderedArticle(page.path, locale);
    }, 120_000);

    it('opens with the page’s title, lead, the Monitor release it was checked against and the page’s address', () => {
      const [title, ...rest] = md.root.children;
      expect(title?.type === 'heading' && title.depth).toBe(1);
      expect(toString(title)).toBe(normalize(article.querySelector('h1')?.textContent ?? ''));
      const opening = rest.slice(0, 3).map((node) => normalize(toString(node)));
      expect(opening[0]).toBe(normalize(article.querySelector('.doc-header__description')?.textContent ?? ''));
      const version = normalize(article.querySelector('.doc-header__version')?.textContent ?? '');
      expect(version).toContain(page.monitorVersion);
      expect(opening[1]).toBe(version);
      expect(opening[2]).toContain(pageUrl(locale, page.path));
    });

    it('has the page’s headings, with their ids, in order', () => {
      const fromMd = md.headings
        .filter((h) => h.depth > 1)
        .map((h) => {
          const match = /^(.*) \{#([\w-]+)\}$/.exec(toString(h));
          return { depth: h.depth, text: normalize(match?.[1] ?? toString(h)), id: match?.[2] };
        });
      const fromPage = [...article.querySelectorAll('h2, h3')].map((h) => ({ depth: Number(h.tagName[1]), text: normalize(h.textContent ?? ''), id: h.id }));
      expect(fromMd.length).toBeGreaterThan(3);
      expect(fromMd).toEqual(fromPage);
    });

    it('has the page’s code blocks, in order, with their language', () => {
      const fromPage = [...article.querySelectorAll('.code-block pre')].map((pre) => (pre.textContent ?? '').replace(/\n$/, ''));
      expect(md.code.map((c) => c.value)).toEqual(fromPage);
      const snippets = Object.values(document.snippets);
      for (const block of md.code) expect(snippets.find((s) => s.code === block.value)?.lang).toBe(block.lang);
    });

    it('has the text of every paragraph and list item of the page, and no text the page lacks', () => {
      const pageText = normalize(article.textContent ?? '');
      const header = new Set(md.root.children.slice(0, 4));
      const prose = md.paragraphs.filter((p) => !header.has(p) && !tableRows(p, markdown) && !p.children.some((c) => c.type === 'image'));
      // Callouts start with their kind and title: the page names its note that way.
      const labels = new Set(md.quotes.map((q) => q.children[0]));
      const texts = prose.filter((p) => !labels.has(p)).map((p) => normalize(toString(p)));
      expect(texts.length).toBeGreaterThan(10);
      expect(texts.filter((text) => !pageText.includes(text))).toEqual([]);
      const mdText = normalize(toString(md.root));
      // A list item's own text: the code blocks and lists inside it are compared on their own.
      const ownText = (el: Element) => {
        const copy = el.cloneNode(true) as Element;
        for (const nested of copy.querySelectorAll('.code-block, ul, ol')) nested.remove();
        return normalize(copy.textContent ?? '');
      };
      const fromPage = [...article.querySelectorAll('.doc-section p, .doc-section li')].filter((p) => !p.closest('.doc-table')).map(ownText);
      expect(fromPage.filter((text) => !mdText.includes(text))).toEqual([]);
    });

    it('names each callout by its kind and title, as the page does', () => {
      // The page names a note by its kind; its title is its first line.
      const fromPage = [...article.querySelectorAll('aside.callout')].map((aside) => {
        const title = aside.querySelector('.callout__title')?.textContent;
        return normalize(`${aside.getAttribute('aria-label') ?? ''}${title ? `: ${title}` : ''}`);
      });
      expect(md.quotes.map((q) => normalize(toString(q.children[0])))).toEqual(fromPage);
    });

    it('has every table of the page, cell by cell', () => {
      const fromMd = md.paragraphs.flatMap((p) => tableRows(p, markdown) ?? []);
      const fromPage = [...article.querySelectorAll('.doc-table tr')].map((tr) => [...tr.children].map((cell) => normalize(cell.textContent ?? '')));
      expect(fromPage.length).toBeGreaterThan(0);
      expect(fromMd).toEqual(fromPage);
    });

    it('shows every figure with its alternative text, at an absolute address', () => {
      const fromPage = [...article.querySelectorAll('figure img')].map((img) => ({ url: `${SITE_URL}${img.getAttribute('src')}`, alt: img.getAttribute('alt') }));
      expect(md.images.map((img) => ({ url: img.url, alt: img.alt }))).toEqual(fromPage);
    });

    it('links only to absolute addresses', () => {
      const urls: string[] = [];
      visit(md.root, (node) => {
        if (node.type === 'link') urls.push(node.url);
      });
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(url).toMatch(/^https:\/\//);
    });
  },
);

describe('a guide a language has not translated yet', () => {
  // Spanish catalogs without the Integrations guide's file: the guide as it is before its translation lands.
  const missing = STATIC_GUIDES.find(({ page }) => page.id === 'integrations');
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'untranslated-'));
    cpSync('messages', dir, { recursive: true, filter: (src) => !src.endsWith('.d.json.ts') });
    rmSync(path.join(dir, 'es', `${missing?.page.catalog}.json`), { force: true });
    vi.stubEnv('MESSAGES_DIR', dir);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is English in its Markdown, under the same notice as the page', async () => {
    if (!missing) throw new Error('no integrations guide');
    const markdown = guideMarkdown(missing.page, missing.document, 'es');
    expect(markdown).toContain('Algunas partes de esta página aún no están traducidas al español');
    const english = fromMarkdown(guideMarkdown(missing.page, missing.document, 'en'));
    const heading = english.children.find((node) => node.type === 'heading' && node.depth === 2);
    expect(heading && markdown.includes(toString(heading))).toBe(true);
  });
});

describe('llms.txt', () => {
  it('points from the root to each language’s file', () => {
    const links: string[] = [];
    visit(fromMarkdown(llmsRootText()), (node) => {
      if (node.type === 'link') links.push(node.url);
    });
    expect(links).toContain(`${SITE_URL}/en/llms.txt`);
    expect(links).toContain(`${SITE_URL}/ar/llms-full.txt`);
  });

  it('lists a language’s guides by their title, Markdown URL and description', () => {
    const root = fromMarkdown(llmsText('de'));
    expect(root.children[0]?.type === 'heading' && root.children[0].depth).toBe(1);
    expect(root.children[1]?.type).toBe('blockquote');
    const items: { url: string; text: string }[] = [];
    visit(root, (node) => {
      if (node.type === 'listItem') {
        const link = (node.children[0] as Paragraph).children[0];
        items.push({ url: link?.type === 'link' ? link.url : '', text: toString(node) });
      }
    });
    const access = STATIC_GUIDES.find(({ page }) => page.id === 'accessAuth');
    if (!access) throw new Error('no access guide');
    const item = items.find((i) => i.url === markdownUrl(access.page, 'de'));
    expect(item?.text).toMatch(/^Zugriff und Authentifizierung: \S/);
  });

  it('carries the full text of every guide in llms-full.txt', () => {
    const full = llmsFullText('fr');
    for (const { page, document } of STATIC_GUIDES) expect(full).toContain(guideMarkdown(page, document, 'fr'));
  });
});
