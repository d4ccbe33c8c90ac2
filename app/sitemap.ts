import type { MetadataRoute } from 'next';
import { defaultLocale } from '@/i18n/locales';
import { pageDates, translatedLocales } from '@/lib/page-meta';
import { INDEXED } from '@/lib/pages';
import { pageUrl } from '@/lib/seo';

export const dynamic = 'force-static';

/**
 * Every indexable page of the registry in every language it is translated
 * into, with its hreflang cluster (the same one the page head declares,
 * x-default included) and the date its content last changed in git.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entries: MetadataRoute.Sitemap = [];
  for (const page of INDEXED) {
    const locales = await translatedLocales(page);
    const languages: Record<string, string> = Object.fromEntries(locales.map((l) => [l, pageUrl(l, page.path)]));
    languages['x-default'] = pageUrl(defaultLocale, page.path);
    for (const locale of locales) {
      const modified = pageDates(page, locale)?.modified;
      entries.push({
        url: pageUrl(locale, page.path),
        ...(modified ? { lastModified: modified } : {}),
        alternates: { languages },
      });
    }
  }
  return entries;
}
