// @vitest-environment jsdom
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GUIDE_PAGES } from '@/lib/pages';
import { renderedGuide } from './support/guide';
import { renderServer, toDocument } from './support/render';

/*
 * What a reader sees when a translation lags: the pages as they render,
 * with Spanish catalogs that lack a few messages of the access guide and
 * one of the site's chrome, and the whole catalog of the integrations
 * guide (a guide may land in English first).
 */
const REMOVED = {
  'docs/monitor/access-auth.json': ['intro.body', 'reaching.heading', 'twofa.apps.authy.notes'],
  'common.json': ['site.footerNote'],
} as const;

/** The English text a reader sees for a removed message, without its tags. */
function englishText(file: string, key: string): string {
  let text: unknown;
  if (file === 'docs/monitor/access-auth.json') text = renderedGuide('en').get(key);
  else {
    text = JSON.parse(readFileSync(path.join('messages/en', file), 'utf8'));
    for (const segment of key.split('.')) text = text && typeof text === 'object' ? (text as Record<string, unknown>)[segment] : undefined;
  }
  if (typeof text !== 'string') throw new Error(`no English message at ${file}:${key}`);
  return text.replace(/<\/?[a-zA-Z]+>/g, '');
}

/** A guide's catalog the fixture leaves out of Spanish altogether. */
const UNTRANSLATED = 'docs/monitor/integrations';

/** Guides with no Spanish catalog (shown in English as a whole): their titles and leads, as the navigation and the docs home show them. */
const englishGuides = GUIDE_PAGES.filter((page) => page.catalog === UNTRANSLATED || !existsSync(path.join('messages/es', `${page.catalog}.json`))).map((page) => {
  const { header } = JSON.parse(readFileSync(path.join('messages/en', `${page.catalog}.json`), 'utf8')) as { header: { title: string; description: string } };
  return header;
});

const removed = Object.entries(REMOVED).flatMap(([file, keys]) => keys.map((key) => englishText(file, key)));
const guideRemoved = REMOVED['docs/monitor/access-auth.json'].map((key) => englishText('docs/monitor/access-auth.json', key));
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lagging-'));
  cpSync('messages', dir, { recursive: true, filter: (src) => !src.endsWith('.d.json.ts') });
  for (const [name, keys] of Object.entries(REMOVED)) {
    const file = path.join(dir, 'es', name);
    const catalog = JSON.parse(readFileSync(file, 'utf8'));
    for (const key of keys) {
      const segments = key.split('.');
      const last = segments.pop() ?? '';
      delete segments.reduce((node, s) => node[s], catalog)[last];
    }
    writeFileSync(file, JSON.stringify(catalog));
  }
  rmSync(path.join(dir, 'es', `${UNTRANSLATED}.json`), { force: true });
  vi.stubEnv('MESSAGES_DIR', dir);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

// Each page is rendered once (the first render loads every catalog and the highlighter: slow on a busy machine).
const rendered = new Map<string, Promise<Document>>();
const once = (key: string, render: () => Promise<Document>) => {
  if (!rendered.has(key)) rendered.set(key, render());
  return rendered.get(key) as Promise<Document>;
};
beforeAll(async () => {
  await once('guide:es', () => renderGuide('es'));
}, 120_000);

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

async function renderGuide(locale: string, slug = ['monitor', 'access-auth']): Promise<Document> {
  const { default: GuideRoute } = await import('@/app/[locale]/docs/[...slug]/page');
  const params = Promise.resolve({ locale, slug });
  return toDocument(await renderServer(await GuideRoute({ params } as PageProps<'/[locale]/docs/[...slug]'>)));
}

const guide = (locale: string) => once(`guide:${locale}`, () => renderGuide(locale));
const docsHome = (locale: string) => once(`home:${locale}`, () => renderDocsHome(locale));

async function renderDocsHome(locale: string): Promise<Document> {
  const { default: DocsHome } = await import('@/app/[locale]/docs/page');
  return toDocument(await renderServer(await DocsHome({ params: Promise.resolve({ locale }) } as PageProps<'/[locale]/docs'>)));
}

/** Text marked as English, leaving out links to English pages (the language menu, hreflang links). */
function markedEnglish(doc: Document): string[] {
  return [...doc.querySelectorAll('[lang="en"]:not(html):not([hreflang])')].filter((el) => !el.closest('.language-menu')).map((el) => el.textContent ?? '');
}

describe('a Spanish guide with messages not yet translated', () => {
  it('says so in Spanish, counts them, and links to the file to translate', async () => {
    const doc = await guide('es');
    const notice = doc.querySelectorAll('.translation-notice');
    expect(notice).toHaveLength(1);
    expect(notice[0]?.getAttribute('role')).toBe('note');
    expect(notice[0]?.getAttribute('data-fallback-count')).toBe(String(removed.length));
    expect(notice[0]?.textContent).toContain('Algunas partes de esta página aún no están traducidas al español');
    const help = [...(notice[0]?.querySelectorAll('a') ?? [])].find((a) => /Ayuda a traducir esta página/.test(a.textContent ?? ''));
    expect(help?.getAttribute('href')).toMatch(/\/edit\/main\/messages\/es\/docs\/monitor\/access-auth\.json$/);
  });

  it('marks every English fragment lang="en", in the article and the chrome, and nothing else', async () => {
    const doc = await guide('es');
    const texts = markedEnglish(doc);
    // Each missing message is marked wherever it appears (a heading also in the
    // table of contents), and so are the navigation's untranslated guide titles.
    for (const text of removed) expect(texts).toContain(text);
    expect([...new Set(texts)].sort()).toEqual([...new Set([...removed, ...englishGuides.map((g) => g.title)])].sort());
    // The rest is Spanish.
    expect(doc.querySelector('#first-launch')?.textContent).not.toContain('First launch');
  });

  it('reads the English text where the Spanish is missing', async () => {
    const text = (await guide('es')).querySelector('article')?.textContent ?? '';
    for (const english of guideRemoved) expect(text).toContain(english);
  });
});

describe('a guide with no Spanish catalog at all', () => {
  const untranslated = () => once('integrations:es', () => renderGuide('es', UNTRANSLATED.split('/').slice(1)));

  it('shows the English guide under the Spanish notice, which links to the file to create', async () => {
    const doc = await untranslated();
    const notice = doc.querySelector('.translation-notice');
    expect(notice?.textContent).toContain('Algunas partes de esta página aún no están traducidas al español');
    expect(notice?.querySelector('a[href$="/messages/es/docs/monitor/integrations.json"]')).not.toBeNull();
  }, 120_000);

  it('marks the English prose lang="en" and left to right, so it is read and laid out as English', async () => {
    const doc = await untranslated();
    const english = JSON.parse(readFileSync(path.join('messages/en', `${UNTRANSLATED}.json`), 'utf8')) as { header: { title: string } };
    const title = doc.querySelector('article h1 [lang="en"]');
    expect(title?.textContent).toBe(english.header.title);
    const heading = doc.querySelector('article h2 [lang="en"]');
    expect(heading?.getAttribute('dir')).toBe('ltr');
    expect(doc.querySelector('article p:not([lang]) > [lang="en"], article p[lang="en"]')).not.toBeNull();
  });
});

describe('a Spanish page whose own text is complete', () => {
  it('still flags the missing chrome and the guides listed in English, and only those', async () => {
    const doc = await docsHome('es');
    // The chrome's message, and each guide card shown in English.
    expect(doc.querySelector('.translation-notice')?.getAttribute('data-fallback-count')).toBe(String(1 + englishGuides.length));
    const expected = [englishText('common.json', 'site.footerNote'), ...englishGuides.flatMap((g) => [g.title, g.description])];
    expect([...new Set(markedEnglish(doc))].sort()).toEqual([...new Set(expected)].sort());
  });
});

describe('the English guide', () => {
  it('has no notice and nothing marked as English', async () => {
    const doc = await guide('en');
    expect(doc.querySelector('.translation-notice')).toBeNull();
    expect(markedEnglish(doc)).toEqual([]);
  }, 60_000);
});

describe('the translation status page', () => {
  it('names each message Spanish lacks, in the Spanish section', async () => {
    const { default: StatusPage } = await import('@/app/[locale]/docs/translation-status/page');
    const doc = toDocument(await renderServer(await StatusPage({ params: Promise.resolve({ locale: 'en' }) } as PageProps<'/[locale]/docs/translation-status'>)));
    const spanish = doc.querySelector('section[aria-labelledby="status-es"]')?.textContent ?? '';
    for (const [file, keys] of Object.entries(REMOVED)) for (const key of keys) expect(spanish, `${file} ${key}`).toContain(key);
    // Another language, complete for the guide, names none of them.
    const german = doc.querySelector('section[aria-labelledby="status-de"]')?.textContent ?? '';
    expect(german).not.toContain('twofa.apps.authy.notes');
  }, 60_000);
});
