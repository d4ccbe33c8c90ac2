import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import sitemap from '@/app/sitemap';
import { pageMetadata, translatedLocales } from '@/lib/page-meta';
import { getPage } from '@/lib/pages';
import { routing } from '@/i18n/routing';

const GUIDE = getPage('accessAuth');
const HOME = getPage('docsHome');

/**
 * A language version that still shows English fallback text is not
 * presented to search engines as a translation until it is complete.
 */
describe('a page that is not translated yet', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const dir = mkdtempSync(path.join(tmpdir(), 'untranslated-'));
    mkdirSync(path.join(dir, 'es', 'docs', 'monitor'), { recursive: true });
    copyFileSync('messages/es/common.json', path.join(dir, 'es', 'common.json'));
    copyFileSync('messages/es/docs/index.json', path.join(dir, 'es', 'docs', 'index.json'));
    copyFileSync('messages/es/docs/translation-status.json', path.join(dir, 'es', 'docs', 'translation-status.json'));
    // Only the head of the Spanish guide exists; the article would be English.
    const guide = JSON.parse(readFileSync('messages/es/docs/monitor/access-auth.json', 'utf8'));
    writeFileSync(path.join(dir, 'es', 'docs', 'monitor', 'access-auth.json'), JSON.stringify({ meta: guide.meta, header: guide.header }));
    vi.stubEnv('MESSAGES_DIR', dir);
  });
  afterEach(() => vi.unstubAllEnvs());

  it('counts only the languages that translate the page', async () => {
    expect(await translatedLocales(GUIDE)).toEqual(['en']);
    expect(await translatedLocales(HOME)).toEqual(['en', 'es']);
  });

  it('points the untranslated version at English and keeps it out of the index and the cluster', async () => {
    const meta = await pageMetadata(GUIDE, 'es');
    // A non-canonical page declares no hreflang cluster of its own.
    expect(meta.alternates).toEqual({ canonical: 'https://proxmenux.com/en/docs/monitor/access-auth/' });
    expect(meta.robots).toEqual({ index: false, follow: true });
    const english = await pageMetadata(GUIDE, 'en');
    expect(english.alternates?.languages).toEqual({
      en: 'https://proxmenux.com/en/docs/monitor/access-auth/',
      'x-default': 'https://proxmenux.com/en/docs/monitor/access-auth/',
    });
  });

  it('leaves it out of the sitemap', async () => {
    const urls = (await sitemap()).map((entry) => entry.url);
    expect(urls).toContain('https://proxmenux.com/es/docs/');
    expect(urls).toContain('https://proxmenux.com/en/docs/monitor/access-auth/');
    expect(urls).not.toContain('https://proxmenux.com/es/docs/monitor/access-auth/');
  });
});

describe('a page missing a single message in one language', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const dir = mkdtempSync(path.join(tmpdir(), 'almost-'));
    mkdirSync(path.join(dir, 'es', 'docs', 'monitor'), { recursive: true });
    copyFileSync('messages/es/common.json', path.join(dir, 'es', 'common.json'));
    copyFileSync('messages/es/docs/index.json', path.join(dir, 'es', 'docs', 'index.json'));
    copyFileSync('messages/es/docs/translation-status.json', path.join(dir, 'es', 'docs', 'translation-status.json'));
    const guide = JSON.parse(readFileSync('messages/es/docs/monitor/access-auth.json', 'utf8'));
    delete guide.intro.body;
    writeFileSync(path.join(dir, 'es', 'docs', 'monitor', 'access-auth.json'), JSON.stringify(guide));
    vi.stubEnv('MESSAGES_DIR', dir);
  });
  afterEach(() => vi.unstubAllEnvs());

  it('stays out of the cluster and the sitemap until that message is translated', async () => {
    expect(await translatedLocales(GUIDE)).toEqual(['en']);
    expect((await pageMetadata(GUIDE, 'es')).robots).toEqual({ index: false, follow: true });
    expect((await sitemap()).map((entry) => entry.url)).not.toContain('https://proxmenux.com/es/docs/monitor/access-auth/');
  });
});

describe('a translated page', () => {
  it('is presented in every language, with itself as canonical', async () => {
    expect(await translatedLocales(GUIDE)).toEqual(routing.locales);
    const meta = await pageMetadata(GUIDE, 'es');
    expect(meta.alternates?.canonical).toBe('https://proxmenux.com/es/docs/monitor/access-auth/');
    expect(meta.robots).toBeUndefined();
  });
});
