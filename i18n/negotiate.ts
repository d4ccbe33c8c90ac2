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

/** The language and likely script of a well-formed tag (`zh-TW` → zh, Hant), or undefined for anything else. */
export function languageAndScript(tag: string): { language: string; script: string } | undefined {
  try {
    const locale = new Intl.Locale(tag).maximize();
    return { language: locale.language, script: locale.script ?? '' };
  } catch {
    return undefined;
  }
}

/**
 * The reader's language, decided in this order:
 *
 * 1. the NEXT_LOCALE cookie, when it names a language of the site (any case);
 * 2. Accept-Language, its tags in order of preference (q-values; `q=0`
 *    means "not this one"):
 *    a. the first tag the site has in the same language and script
 *       (`es-MX` → es, `pt-PT` → pt-BR, `zh-SG` → zh-Hans), the script being
 *       the tag's own or its likely one (`zh-TW` is written in Traditional
 *       characters);
 *    b. if no tag is, the first tag the site has in the same language but
 *       another script: a reader who lists only Traditional Chinese (`zh-TW`,
 *       `zh-HK`) gets Simplified Chinese, but one who also lists English gets
 *       English, a language they said they read;
 *    Related languages are never guessed (Catalan does not become Spanish,
 *    nor Ukrainian Russian);
 * 3. the default language.
 *
 * Malformed headers and cookies count as absent. The static export's nginx
 * configuration implements the same rules (lib/nginx-config.ts);
 * tests/shared/negotiation.ts holds the table both must agree on.
 */
export function negotiateLocale<L extends string>(input: NegotiationInput, locales: readonly L[], defaultLocale: L): L {
  const cookie = input.cookie?.trim().toLowerCase();
  const chosen = cookie ? locales.find((l) => l.toLowerCase() === cookie) : undefined;
  if (chosen) return chosen;

  const site = locales.map((locale) => ({ locale, ...languageAndScript(locale) }));
  const requested = new Negotiator({ headers: { 'accept-language': input.acceptLanguage ?? '' } })
    .languages()
    .flatMap((tag) => {
      const subtags = languageAndScript(tag);
      return subtags ? [{ tag, ...subtags }] : [];
    });
  const sameScript = requested.find((r) => site.some((s) => s.language === r.language && s.script === r.script));
  const sameLanguage = sameScript ?? requested.find((r) => site.some((s) => s.language === r.language));
  if (!sameLanguage) return defaultLocale;
  // Where the site has several locales of that language, the closest one by
  // CLDR's matching data.
  const candidates = site.filter((s) => s.language === sameLanguage.language && (!sameScript || s.script === sameScript.script)).map((s) => s.locale);
  const best = match([sameLanguage.tag], candidates, candidates[0] ?? defaultLocale, { algorithm: 'best fit' });
  return candidates.find((l) => l === best) ?? candidates[0] ?? defaultLocale;
}

/** Every region subtag: the 676 two-letter codes and the 1,000 three-digit ones. */
function allRegions(): string[] {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const regions = [...letters].flatMap((a) => [...letters].map((b) => a + b));
  for (let n = 0; n < 1000; n++) regions.push(String(n).padStart(3, '0'));
  return regions;
}

/**
 * What the static export's nginx needs to apply the same rules without
 * Intl: for each locale, its language, its script, and the regions whose
 * tags (with no script subtag) are likely written in another script
 * (`zh-TW`, `zh-HK`, `zh-MO`, … for Simplified Chinese), from the same CLDR
 * data negotiateLocale() reads.
 */
export function scriptTable(locales: readonly string[]): { locale: string; language: string; script: string; otherScriptRegions: string[] }[] {
  const regions = allRegions();
  return locales.map((locale) => {
    const own = languageAndScript(locale);
    if (!own) throw new Error(`"${locale}" is not a well-formed language tag.`);
    const otherScriptRegions = regions.filter((region) => {
      const tag = languageAndScript(`${own.language}-${region}`);
      return tag !== undefined && tag.script !== own.script;
    });
    return { locale, ...own, otherScriptRegions };
  });
}
