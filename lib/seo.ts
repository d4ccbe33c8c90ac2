import type { Metadata } from 'next';
import { localizedPath } from './routes';
import { SITE_NAME, SITE_URL } from './site';

export type LocaleEntry = { locale: string; ogLocale: string };

/** The hreflang / OpenGraph locale list of a locale table. */
export function localeEntries(config: Record<string, { ogLocale: string }>): LocaleEntry[] {
  return Object.entries(config).map(([locale, info]) => ({ locale, ogLocale: info.ogLocale }));
}

export type PageMetadataInput = {
  /** Locale of the page being described. */
  locale: string;
  /** Every locale the site ships, the default one first or flagged below. */
  locales: readonly LocaleEntry[];
  defaultLocale: string;
  /** Locale-free path of the page, e.g. `/docs/monitor/access-auth`. */
  path: string;
  title: string;
  description: string;
  keywords?: string[];
  openGraph?: { title?: string; description?: string };
  twitter?: { title?: string; description?: string };
  /** Absolute or site-relative image (1200×630) for social cards. */
  image?: { url: string; width: number; height: number; alt: string };
  /** Page type for OpenGraph. */
  type?: 'article' | 'website';
  siteUrl?: string;
};

/** Absolute URL of a page in a locale (with the site's trailing slash). */
export function pageUrl(locale: string, path: string, siteUrl: string = SITE_URL): string {
  return `${siteUrl}${localizedPath(locale, path)}`;
}

/**
 * Builds the head tags of a localized page: canonical URL of this very
 * language, hreflang alternates for every language plus x-default, and the
 * OpenGraph and Twitter cards.
 */
export function buildPageMetadata(input: PageMetadataInput): Metadata {
  const siteUrl = input.siteUrl ?? SITE_URL;
  const canonical = pageUrl(input.locale, input.path, siteUrl);
  const languages: Record<string, string> = {};
  for (const { locale } of input.locales) languages[locale] = pageUrl(locale, input.path, siteUrl);
  languages['x-default'] = pageUrl(input.defaultLocale, input.path, siteUrl);

  const current = input.locales.find((l) => l.locale === input.locale);
  if (!current) throw new Error(`Unknown locale "${input.locale}" for ${input.path}`);
  const images = input.image
    ? [{ url: new URL(input.image.url, `${siteUrl}/`).toString(), width: input.image.width, height: input.image.height, alt: input.image.alt }]
    : undefined;

  return {
    metadataBase: new URL(`${siteUrl}/`),
    title: input.title,
    description: input.description,
    keywords: input.keywords,
    alternates: { canonical, languages },
    openGraph: {
      type: input.type ?? 'article',
      url: canonical,
      siteName: SITE_NAME,
      title: input.openGraph?.title ?? input.title,
      description: input.openGraph?.description ?? input.description,
      locale: current.ogLocale,
      alternateLocale: input.locales.filter((l) => l.locale !== input.locale).map((l) => l.ogLocale),
      images,
    },
    twitter: {
      card: images ? 'summary_large_image' : 'summary',
      title: input.twitter?.title ?? input.openGraph?.title ?? input.title,
      description: input.twitter?.description ?? input.openGraph?.description ?? input.description,
      images,
    },
  };
}
