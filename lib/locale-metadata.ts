import 'server-only';
import type { Metadata } from 'next';
import { defaultLocale, localeConfig, type LocaleInfo } from '@/i18n/locales';
import type { Locale } from '@/i18n/routing';
import { pageInfo, translatedLocales } from './pages';
import type { SitePath } from './routes';
import { buildPageMetadata, pageUrl, type LocaleEntry, type PageMetadataInput } from './seo';

/** The hreflang / OpenGraph locale list of a locale table. */
export function localeEntries(config: Record<string, LocaleInfo>): LocaleEntry[] {
  return Object.entries(config).map(([locale, info]) => ({ locale, ogLocale: info.ogLocale }));
}

const LOCALES = localeEntries(localeConfig);

type Input = Omit<PageMetadataInput, 'locales' | 'defaultLocale' | 'locale' | 'path'>;

/**
 * Head tags of a page of the site in a language, with the site's locale
 * table. Only languages whose main content is translated join the hreflang
 * cluster; a mostly untranslated version points its canonical URL at the
 * default language and asks not to be indexed.
 */
export async function localeMetadata(locale: Locale, path: SitePath, input: Input): Promise<Metadata> {
  const available = await translatedLocales(pageInfo(path));
  const locales = LOCALES.filter((l) => available.includes(l.locale as Locale));
  if (available.includes(locale)) {
    return buildPageMetadata({ ...input, locale, path, locales, defaultLocale });
  }
  const meta = buildPageMetadata({ ...input, locale: defaultLocale, path, locales, defaultLocale });
  return {
    ...meta,
    alternates: { canonical: pageUrl(defaultLocale, path) },
    openGraph: { ...meta.openGraph, locale: localeConfig[locale].ogLocale, url: pageUrl(locale, path) },
    robots: { index: false, follow: true },
  };
}

/** Head tags of a page outside the hreflang cluster (404, status page): its own canonical, never indexed. */
export function unlistedMetadata(locale: Locale, path: string, title: string, description: string): Metadata {
  const meta = buildPageMetadata({ locale, path, title, description, locales: LOCALES, defaultLocale, type: 'website' });
  return { ...meta, robots: { index: false, follow: true } };
}
