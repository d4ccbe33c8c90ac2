import { defineRouting } from 'next-intl/routing';
import type { LocaleInfo } from './locales';

/**
 * Builds the next-intl routing from a locale table. Kept separate from the
 * site's own table so tests can build a routing with extra locales and check
 * that everything derived from it follows.
 */
export function createSiteRouting<const L extends string>(
  config: Record<L, LocaleInfo>,
  defaultLocale: NoInfer<L>,
) {
  const locales = Object.keys(config) as L[];
  if (!locales.includes(defaultLocale)) {
    throw new Error(`Default locale "${defaultLocale}" is not in the locale table (${locales.join(', ')}).`);
  }
  return defineRouting({
    locales,
    defaultLocale,
    // Every URL carries its language: one canonical URL per language.
    localePrefix: 'always',
    // hreflang alternates are emitted in the page head; the Link header the
    // proxy would add would list only the proxied pages, so it stays off.
    alternateLinks: false,
  });
}
