import { match } from '@formatjs/intl-localematcher';
import Negotiator from 'negotiator';

/** The cookie that remembers a reader's choice of language (the name next-intl uses). */
export const LOCALE_COOKIE = 'NEXT_LOCALE';

export type NegotiationInput = {
  /** The raw Accept-Language header, if any. */
  acceptLanguage?: string | null;
  /** The raw value of the NEXT_LOCALE cookie, if any. */
  cookie?: string | null;
};

/** The language subtag of a well-formed tag (`pt` for `pt-BR`), or undefined for anything else. */
function languageOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).language;
  } catch {
    return undefined;
  }
}

/**
 * The reader's language, decided in this order:
 *
 * 1. the NEXT_LOCALE cookie, when it names a language of the site (any case);
 * 2. Accept-Language: its tags in order of preference (q-values, `q=0`
 *    meaning "not this one"), each matched only against the site's
 *    languages with the same language subtag (`es-MX` → `es`, `pt-PT` →
 *    `pt-BR`), the closest one winning by CLDR's matching data. Related
 *    languages are never guessed (Catalan does not become Spanish, nor
 *    Ukrainian Russian): a language the site lacks is skipped;
 * 3. the default language.
 *
 * Malformed headers and cookies count as absent. The static export's nginx
 * configuration implements the same rules (scripts/postprocess-static.ts);
 * tests/shared/negotiation-cases.ts holds the table both must agree on.
 */
export function negotiateLocale<L extends string>(input: NegotiationInput, locales: readonly L[], defaultLocale: L): L {
  const cookie = input.cookie?.trim().toLowerCase();
  const chosen = cookie ? locales.find((l) => l.toLowerCase() === cookie) : undefined;
  if (chosen) return chosen;

  const shipped = new Set(locales.map(languageOf));
  const requested = new Negotiator({ headers: { 'accept-language': input.acceptLanguage ?? '' } })
    .languages()
    .filter((tag) => shipped.has(languageOf(tag)));
  if (requested.length === 0) return defaultLocale;
  // Every tag left is well-formed and shares a language with the site, so
  // the matcher only decides between regional and script variants.
  const best = match(requested, locales, defaultLocale, { algorithm: 'best fit' });
  return locales.find((l) => l === best) ?? defaultLocale;
}
