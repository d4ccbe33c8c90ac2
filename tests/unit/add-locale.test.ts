import path from 'node:path';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { createSiteRouting } from '@/i18n/define-routing';
import { createLocaleProxy } from '@/i18n/locale-proxy';
import { languageOptions, localeConfig, type LocaleInfo } from '@/i18n/locales';
import { CATALOG_FILES } from '@/i18n/catalog';
import { checkCatalogs } from '@/lib/catalog/check';
import { buildPageMetadata, localeEntries } from '@/lib/seo';

/**
 * Adding a language is one entry in the locale table plus its catalog
 * folder. Everything below is built from a table with one extra entry, by
 * the same functions the site uses, with no other change.
 */
const withItalian = {
  ...localeConfig,
  it: { label: 'Italiano', ogLocale: 'it_IT', dir: 'ltr' },
} satisfies Record<string, LocaleInfo>;
const SHIPPED = Object.keys(localeConfig);

describe('a locale table with one more language', () => {
  const routing = createSiteRouting(withItalian, 'en');

  it('routes the new language', () => {
    expect(routing.locales).toEqual([...SHIPPED, 'it']);
  });

  it('sends Italian readers to it, and serves its pages and its 404 page', async () => {
    const proxy = createLocaleProxy({
      locales: routing.locales,
      defaultLocale: routing.defaultLocale,
      notFound: (_request, locale) => new Response(`404 (${locale})`, { status: 404 }),
    });
    const request = (url: string, headers: Record<string, string> = {}) => new NextRequest(url, { headers, nextConfig: { trailingSlash: true } });
    const response = await proxy(request('http://docs.test/docs/monitor/access-auth', { 'accept-language': 'it-CH,it;q=0.9' }));
    expect(response.headers.get('location')).toBe('http://docs.test/it/docs/monitor/access-auth/');
    expect((await proxy(request('http://docs.test/it/docs/monitor/access-auth/'))).status).toBe(200);
    const missing = await proxy(request('http://docs.test/it/nope/'));
    expect([missing.status, await missing.text()]).toEqual([404, '404 (it)']);
  });

  it('lists it in the language switcher', () => {
    expect(languageOptions(withItalian)).toContainEqual({ code: 'it', label: 'Italiano' });
  });

  it('adds it to every page’s hreflang cluster and OpenGraph alternates', () => {
    const meta = buildPageMetadata({
      locale: 'it',
      locales: localeEntries(withItalian),
      defaultLocale: 'en',
      path: '/docs',
      title: 'Documentation',
      description: 'Guides',
      siteUrl: 'https://proxmenux.com',
    });
    expect(meta.alternates?.canonical).toBe('https://proxmenux.com/it/docs/');
    expect(Object.keys(meta.alternates?.languages ?? {})).toEqual([...SHIPPED, 'it', 'x-default']);
    expect(meta.openGraph).toMatchObject({ locale: 'it_IT', alternateLocale: Object.values(localeConfig).map((l) => l.ogLocale) });
  });

  it('is checked, and its coverage reported, before its catalog folder exists', () => {
    const report = checkCatalogs({ dir: path.resolve('messages'), source: 'en', locales: Object.keys(withItalian).filter((l) => l !== 'en') });
    const it_ = report.coverage.find((c) => c.locale === 'it');
    expect(it_).toMatchObject({ translated: 0, missing: it_?.total });
    expect(report.findings.filter((f) => f.locale === 'it').map((f) => [f.code, f.file])).toEqual(
      CATALOG_FILES.map(({ file }) => ['missing-file', `messages/it/${file}`]).sort((a, b) => (a[1] ?? '').localeCompare(b[1] ?? '')),
    );
    // The shipped languages are unaffected: their coverage is what it is without Italian.
    const shipped = checkCatalogs({ dir: path.resolve('messages'), source: 'en', locales: SHIPPED.filter((l) => l !== 'en') });
    for (const locale of SHIPPED.filter((l) => l !== 'en')) {
      const coverage = report.coverage.find((c) => c.locale === locale);
      expect(coverage?.translated, locale).toBeGreaterThan(0);
      expect(coverage, locale).toEqual(shipped.coverage.find((c) => c.locale === locale));
    }
  });
});
