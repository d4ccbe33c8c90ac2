import 'server-only';
import type { MessageKeys, NestedKeyOf } from 'next-intl';
import type { ReactNode } from 'react';
import { countFallbacks, englishMessages, loadCatalog, type Messages } from './catalog';
import { defaultLocale } from './locales';
import type { Locale } from './routing';

/** Any message of the catalog, by its full dotted key. */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

/** Top-level groups of the site chrome (everything but page content under `docs`). */
const CHROME_PREFIXES = Object.keys(englishMessages).filter((key) => key !== 'docs');

/**
 * For text rendered with next-intl's translators: wraps it in lang="en"
 * when the locale lacks the message and shows the English text instead,
 * so screen readers pronounce it as English.
 */
export async function getFallbackMarker(locale: Locale) {
  const { fallbackKeys } = await loadCatalog(locale);
  return function mark(key: MessageKey, text: ReactNode): ReactNode {
    return fallbackKeys.has(key) ? <span lang={defaultLocale}>{text}</span> : text;
  };
}

/** How many chrome messages (header, footer, buttons…) a locale shows in English. */
export function chromeFallbackCount(locale: Locale): Promise<number> {
  return countFallbacks(locale, CHROME_PREFIXES);
}
