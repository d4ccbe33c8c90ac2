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
const withFrench = {
  ...localeConfig,
  fr: { label: 'Français', ogLocale: 'fr_FR', dir: 'ltr' },
} satisfies Record<string, LocaleInfo>;

describe('a locale table with one more language', () => {
  const routing = createSiteRouting(withFrench, 'en');

  it('routes the new language', () => {
    expect(routing.locales).toEqual(['en', 'es', 'fr']);
  });

  it('sends French readers to it, and serves its pages and its 404 page', async () => {
    const proxy = createLocaleProxy({
      locales: routing.locales,
      defaultLocale: routing.defaultLocale,
      notFound: (_request, locale) => new Response(`404 (${locale})`),
    });
    const request = (url: string, headers: Record<string, string> = {}) => new NextRequest(url, { headers, nextConfig: { trailingSlash: true } });
    const response = await proxy(request('http://docs.test/docs/monitor/access-auth', { 'accept-language': 'fr-CA,fr;q=0.9' }));
    expect(response.headers.get('location')).toBe('http://docs.test/fr/docs/monitor/access-auth/');
    expect((await proxy(request('http://docs.test/fr/docs/monitor/access-auth/'))).status).toBe(200);
    const missing = await proxy(request('http://docs.test/fr/nope/'));
    expect([missing.status, await missing.text()]).toEqual([404, '404 (fr)']);
  });

  it('lists it in the language switcher', () => {
    expect(languageOptions(withFrench)).toContainEqual({ code: 'fr', label: 'Français' });
  });

  it('adds it to every page’s hreflang cluster and OpenGraph alternates', () => {
    const meta = buildPageMetadata({
      locale: 'fr',
      locales: localeEntries(withFrench),
      defaultLocale: 'en',
      path: '/docs',
      title: 'Documentation',
      description: 'Guides',
      siteUrl: 'https://proxmenux.com',
    });
    expect(meta.alternates?.canonical).toBe('https://proxmenux.com/fr/docs/');
    expect(Object.keys(meta.alternates?.languages ?? {})).toEqual(['en', 'es', 'fr', 'x-default']);
    expect(meta.openGraph).toMatchObject({ locale: 'fr_FR', alternateLocale: ['en_US', 'es_ES'] });
  });

  it('is checked, and its coverage reported, before its catalog folder exists', () => {
    const report = checkCatalogs({ dir: path.resolve('messages'), source: 'en', locales: Object.keys(withFrench).filter((l) => l !== 'en') });
    const fr = report.coverage.find((c) => c.locale === 'fr');
    expect(fr).toMatchObject({ translated: 0, missing: fr?.total });
    expect(report.findings.filter((f) => f.locale === 'fr').map((f) => [f.code, f.file])).toEqual(
      CATALOG_FILES.map(({ file }) => ['missing-file', `messages/fr/${file}`]).sort((a, b) => (a[1] ?? '').localeCompare(b[1] ?? '')),
    );
    expect(report.coverage.find((c) => c.locale === 'es')?.translated).toBe(report.coverage.find((c) => c.locale === 'es')?.total);
  });
});
