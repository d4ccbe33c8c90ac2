import { defaultLocale, localeConfig, type LocaleInfo } from '@/i18n/locales';
import { buildPageMetadata, type LocaleEntry, type PageMetadataInput } from './seo';

/** The hreflang / OpenGraph locale list of a locale table. */
export function localeEntries(config: Record<string, LocaleInfo>): LocaleEntry[] {
  return Object.entries(config).map(([locale, info]) => ({ locale, ogLocale: info.ogLocale }));
}

const LOCALES = localeEntries(localeConfig);

/** `buildPageMetadata` with the site's own locale table filled in. */
export function localeMetadata(input: Omit<PageMetadataInput, 'locales' | 'defaultLocale'>) {
  return buildPageMetadata({ ...input, locales: LOCALES, defaultLocale });
}
