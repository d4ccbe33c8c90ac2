import 'server-only';
import type { Metadata } from 'next';
import { countFallbacks } from '@/i18n/catalog';
import { defaultLocale, localeConfig } from '@/i18n/locales';
import { routing, type Locale } from '@/i18n/routing';
import { getText } from '@/i18n/text';
import { gitDates, type FileDates } from './git-dates';
import { catalogNamespace, cardName, type Page, type PageEntry, type PageNamespace } from './pages';
import { buildPageMetadata, localeEntries, pageUrl } from './seo';
import { OG_IMAGE_SIZE, socialCardPath } from './social-cards';

/** A page's messages: the conventional `meta` and `header` groups every catalog has. */
export function pageText(page: Page, locale: Locale) {
  return getText({ namespace: pageNamespace(page), locale });
}

/** The message namespace of a page, e.g. `docs.monitor.accessAuth`. */
export function pageNamespace<P extends Page>(page: P): PageNamespace<P> {
  // The registry's types derive the same dotted path from `catalog` (lib/pages.ts).
  return catalogNamespace(page.catalog) as PageNamespace<P>;
}

/**
 * The languages in which a page is completely translated. A guide can land
 * in English and be translated later: until a language has every message
 * of the page, its version shows the missing text in English (marked, under
 * a notice) and is not presented to search engines as a translation (no
 * hreflang, no sitemap alternate, canonical URL in English). A translation
 * that is merely older than its English source still counts.
 */
export async function translatedLocales(page: PageEntry): Promise<Locale[]> {
  const prefix = [catalogNamespace(page.catalog)];
  const result: Locale[] = [];
  for (const locale of routing.locales) {
    if ((await countFallbacks(locale, prefix)) === 0) result.push(locale);
  }
  return result;
}

/** A page's catalog file in a language, relative to the project: `messages/es/docs/index.json`. */
export function catalogFile(locale: string, catalog: string): string {
  return `messages/${locale}/${catalog}.json`;
}

/** First and last change of a page in a language: its sources plus its catalog in that language. */
export function pageDates(page: PageEntry, locale: string): FileDates | undefined {
  return gitDates([...page.sources, catalogFile(locale, page.catalog)]);
}

const LOCALES = localeEntries(localeConfig);

/**
 * Head tags of a registry page in a language, from its catalog's `meta`
 * group: title, description, canonical URL, the hreflang cluster of the
 * languages it is translated into, OpenGraph and Twitter cards with its
 * social card. An incomplete translation points its canonical URL at the
 * default language and asks not to be indexed; utility pages are never
 * indexed.
 */
export async function pageMetadata(page: Page, locale: Locale): Promise<Metadata> {
  const t = await pageText(page, locale);
  const keywords = t
    .string('meta.keywords')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  // Social cards use the page's own heading, shorter than its search title.
  const card = { title: t.string('header.title'), description: t.string('meta.description') };
  const input = {
    path: page.path,
    title: t.string('meta.title'),
    description: t.string('meta.description'),
    keywords: keywords.length ? keywords : undefined,
    openGraph: card,
    twitter: card,
    type: page.kind === 'guide' ? ('article' as const) : ('website' as const),
    image: page.kind === 'utility' ? undefined : { url: socialCardPath(locale, cardName(page)), ...OG_IMAGE_SIZE, alt: card.title },
  };
  if (page.kind === 'utility') {
    const meta = buildPageMetadata({ ...input, locale, locales: LOCALES, defaultLocale });
    return { ...meta, robots: { index: false, follow: true } };
  }
  const available = await translatedLocales(page);
  const locales = LOCALES.filter((l) => available.some((a) => a === l.locale));
  if (available.includes(locale)) return buildPageMetadata({ ...input, locale, locales, defaultLocale });
  const meta = buildPageMetadata({ ...input, locale: defaultLocale, locales, defaultLocale });
  return {
    ...meta,
    alternates: { canonical: pageUrl(defaultLocale, page.path) },
    openGraph: { ...meta.openGraph, locale: localeConfig[locale].ogLocale, url: pageUrl(locale, page.path) },
    robots: { index: false, follow: true },
  };
}
