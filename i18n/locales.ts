/**
 * The one list of languages the site ships. Adding a language is one entry
 * here plus its folder under `messages/`; routing, static params, the
 * language switcher, hreflang alternates and the catalog checks all derive
 * from this object.
 */
export type LocaleInfo = {
  /** The language's own name, shown in the language switcher. */
  label: string;
  /** OpenGraph locale (language_TERRITORY). */
  ogLocale: string;
  /** Writing direction, set on <html dir>. */
  dir: 'ltr' | 'rtl';
};

/**
 * Codes are BCP 47 tags, used as they are in URLs, hreflang, <html lang> and
 * the catalog folders. The order is the switcher's: English first, then the
 * Latin-script languages by their own names, then the other scripts.
 */
export const localeConfig = {
  en: { label: 'English', ogLocale: 'en_US', dir: 'ltr' },
  de: { label: 'Deutsch', ogLocale: 'de_DE', dir: 'ltr' },
  es: { label: 'Español', ogLocale: 'es_ES', dir: 'ltr' },
  fr: { label: 'Français', ogLocale: 'fr_FR', dir: 'ltr' },
  it: { label: 'Italiano', ogLocale: 'it_IT', dir: 'ltr' },
  'pt-BR': { label: 'Português (Brasil)', ogLocale: 'pt_BR', dir: 'ltr' },
  ru: { label: 'Русский', ogLocale: 'ru_RU', dir: 'ltr' },
  'zh-Hans': { label: '简体中文', ogLocale: 'zh_CN', dir: 'ltr' },
  ar: { label: 'العربية', ogLocale: 'ar_AR', dir: 'rtl' },
} as const satisfies Record<string, LocaleInfo>;

/** English is the source language: every other catalog is checked against it. */
export const defaultLocale = 'en' satisfies keyof typeof localeConfig;

/** The switcher's entries: each language's code and own name. */
export function languageOptions(config: Record<string, LocaleInfo>): { code: string; label: string }[] {
  return Object.entries(config).map(([code, info]) => ({ code, label: info.label }));
}
