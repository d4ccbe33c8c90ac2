import { defaultLocale, localeConfig } from '@/i18n/locales';
import { buildPageMetadata, type PageMetadataInput } from './seo';

const LOCALES = Object.entries(localeConfig).map(([locale, info]) => ({ locale, ogLocale: info.ogLocale }));

/** `buildPageMetadata` with the site's own locale table filled in. */
export function localeMetadata(input: Omit<PageMetadataInput, 'locales' | 'defaultLocale'>) {
  return buildPageMetadata({ ...input, locales: LOCALES, defaultLocale });
}
