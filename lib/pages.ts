import 'server-only';
import { catalogFilePath, type CatalogName } from '@/i18n/catalog-files';
import { countFallbacks, countMessages } from '@/i18n/catalog';
import { routing, type Locale } from '@/i18n/routing';
import { gitDates, type FileDates } from './git-dates';
import { ROUTES, type SitePath } from './routes';

/**
 * The indexable pages of the site: what the sitemap lists and what gets
 * hreflang alternates. Each names the catalog it reads, the message keys
 * that make up its main content, and its source files (for dates).
 */
export type PageInfo = {
  path: SitePath;
  catalog: CatalogName;
  /** Message key prefixes of the page's main content. */
  content: string[];
  /** Source files and folders of the page, relative to the project. */
  sources: string[];
};

export const PAGES: PageInfo[] = [
  {
    path: ROUTES.docsHome,
    catalog: 'common',
    content: ['docsHome'],
    sources: ['app/[locale]/docs/page.tsx'],
  },
  {
    path: ROUTES.accessAuth,
    catalog: 'accessAuth',
    content: ['docs.monitor.accessAuth'],
    sources: ['app/[locale]/docs/monitor/access-auth', 'public/figures/monitor'],
  },
];

export function pageInfo(path: SitePath): PageInfo {
  const page = PAGES.find((p) => p.path === path);
  if (!page) throw new Error(`No page registered for ${path} in lib/pages.ts`);
  return page;
}

/** Share of a page's main content that may fall back to English for it to count as translated. */
const MAX_FALLBACK_SHARE = 0.5;

/**
 * The languages in which a page's main content is really translated. A
 * language version that would mostly show English fallback text is not
 * presented to search engines as a translation.
 */
export async function translatedLocales(page: PageInfo): Promise<Locale[]> {
  const total = countMessages(page.content);
  const result: Locale[] = [];
  for (const locale of routing.locales) {
    const fallbacks = await countFallbacks(locale, page.content);
    if (total === 0 || fallbacks / total <= MAX_FALLBACK_SHARE) result.push(locale);
  }
  return result;
}

/** First and last change of a page in a language: its sources plus its catalog in that language. */
export function pageDates(page: PageInfo, locale: string): FileDates | undefined {
  return gitDates([...page.sources, catalogFilePath(locale, page.catalog)]);
}

