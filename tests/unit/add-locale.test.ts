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
const withDutch = {
  ...localeConfig,
  nl: { label: 'Nederlands', ogLocale: 'nl_NL', dir: 'ltr' },
} satisfies Record<string, LocaleInfo>;
const SHIPPED = Object.keys(localeConfig);

describe('a locale table with one more language', () => {
  const routing = createSiteRouting(withDutch, 'en');

  it('routes the new language', () => {
    expect(routing.locales).toEqual([...SHIPPED, 'nl']);
  });

  it('sends Dutch readers to it, and serves its pages and its 404 page', async () => {
    const proxy = createLocaleProxy({
      locales: routing.locales,
      defaultLocale: routing.defaultLocale,
      notFound: (_request, locale) => new Response(`404 (${locale})`, { status: 404 }),
    });
    const request = (url: string, headers: Record<string, string> = {}) => new NextRequest(url, { headers, nextConfig: { trailingSlash: true } });
    const response = await proxy(request('http://docs.test/docs/monitor/access-auth', { 'accept-language': 'nl-BE,nl;q=0.9' }));
    expect(response.headers.get('location')).toBe('http://docs.test/nl/docs/monitor/access-auth/');
    expect((await proxy(request('http://docs.test/nl/docs/monitor/access-auth/'))).status).toBe(200);
    const missing = await proxy(request('http://docs.test/nl/nope/'));
    expect([missing.status, await missing.text()]).toEqual([404, '404 (nl)']);
  });

  it('lists it in the language switcher', () => {
    expect(languageOptions(withDutch)).toContainEqual({ code: 'nl', label: 'Nederlands' });
  });

  it('adds it to every page’s hreflang cluster and OpenGraph alternates', () => {
    const meta = buildPageMetadata({
      locale: 'nl',
      locales: localeEntries(withDutch),
      defaultLocale: 'en',
      path: '/docs',
      title: 'Documentation',
      description: 'Guides',
      siteUrl: 'https://proxmenux.com',
    });
    expect(meta.alternates?.canonical).toBe('https://proxmenux.com/nl/docs/');
    expect(Object.keys(meta.alternates?.languages ?? {})).toEqual([...SHIPPED, 'nl', 'x-default']);
    expect(meta.openGraph).toMatchObject({ locale: 'nl_NL', alternateLocale: Object.values(localeConfig).map((l) => l.ogLocale) });
  });

  it('is checked, and its coverage reported, before its catalog folder exists', () => {
    const report = checkCatalogs({ dir: path.resolve('messages'), source: 'en', locales: Object.keys(withDutch).filter((l) => l !== 'en') });
    const nl = report.coverage.find((c) => c.locale === 'nl');
    expect(nl).toMatchObject({ translated: 0, missing: nl?.total });
    expect(report.findings.filter((f) => f.locale === 'nl').map((f) => [f.code, f.file])).toEqual(
      CATALOG_FILES.map(({ file }) => ['missing-file', `messages/nl/${file}`]).sort((a, b) => (a[1] ?? '').localeCompare(b[1] ?? '')),
    );
    // The shipped languages are unaffected: their coverage is what it is without Dutch.
    const shipped = checkCatalogs({ dir: path.resolve('messages'), source: 'en', locales: SHIPPED.filter((l) => l !== 'en') });
    for (const locale of SHIPPED.filter((l) => l !== 'en')) {
      const coverage = report.coverage.find((c) => c.locale === locale);
      expect(coverage?.translated, locale).toBeGreaterThan(0);
      expect(coverage, locale).toEqual(shipped.coverage.find((c) => c.locale === locale));
    }
  });
});
