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

export const localeConfig = {
  en: { label: 'English', ogLocale: 'en_US', dir: 'ltr' },
  es: { label: 'Español', ogLocale: 'es_ES', dir: 'ltr' },
} as const satisfies Record<string, LocaleInfo>;

/** English is the source language: every other catalog is checked against it. */
export const defaultLocale = 'en' satisfies keyof typeof localeConfig;

/** The switcher's entries: each language's code and own name. */
export function languageOptions(config: Record<string, LocaleInfo>): { code: string; label: string }[] {
  return Object.entries(config).map(([code, info]) => ({ code, label: info.label }));
}
