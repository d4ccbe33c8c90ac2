import { PAGES } from './pages';
import { PUBLIC_DOCS_LOCALES, PUBLIC_DOCS_URL, SITE_URL } from './site';

const SITE_PATHS: readonly string[] = PAGES.map((p) => p.path);

/**
 * The localized "page not found" page. It is prerendered at build time so
 * that it reads without JavaScript, and served only with status 404: by the
 * proxy under `next start`, by nginx's error_page in the static export. Its
 * own URL is not a page of the site.
 */
export const NOT_FOUND_PATH = '/404';

/** Whether a locale-free path (with or without its trailing slash) is a page of this site. */
export function isSitePath(path: string): boolean {
  const normalized = path.replace(/\/+$/, '') || '/';
  return SITE_PATHS.includes(normalized);
}

/**
 * Where a link leads: `external` when it leaves this site (it then opens in
 * a new tab), `hreflang` when the page it leads to is in another language
 * than the reader's (the link then says so).
 */
export type DocsHref = { href: string; external: boolean; hreflang?: string };

/** Whether an absolute URL is on this site's own host (the public docs are, on proxmenux.com). */
export function isSameSite(url: string): boolean {
  return new URL(url).origin === new URL(SITE_URL).origin;
}

/**
 * Resolves a docs path for a reader: a page this site has stays on this site
 * (prefixed with the reader's locale); any other docs page points to the
 * public docs host, in the reader's language if the public docs have it and
 * in English otherwise. Fragments are kept.
 */
export function resolveDocsHref(path: string, locale: string): DocsHref {
  if (!path.startsWith('/') || path.startsWith('//')) {
    throw new Error(`Docs links must be site paths starting with "/" (got "${path}").`);
  }
  const [pathname = '', fragment] = path.split('#', 2);
  const suffix = fragment ? `#${fragment}` : '';
  if (isSitePath(pathname)) return { href: `${localizedPath(locale, pathname)}${suffix}`, external: false };
  const language = PUBLIC_DOCS_LOCALES.includes(locale) ? locale : 'en';
  const href = `${PUBLIC_DOCS_URL}/${language}${pathname === '/' ? '' : pathname}${suffix}`;
  return { href, external: !isSameSite(href), ...(language === locale ? {} : { hreflang: language }) };
}

/**
 * Path of a page of this site in a locale, e.g. `/es/docs/monitor/access-auth/`.
 * Every URL ends with a slash, in both deployments (`next start` and the
 * static export, whose pages are folders with an index.html), so each page
 * has exactly one URL.
 */
export function localizedPath(locale: string, path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return `/${locale}${trimmed}/`;
}

/**
 * Path of a page's Markdown in a locale, next to the page:
 * `/es/docs/monitor/access-auth/index.md` (a public file, written before the build).
 */
export function markdownPath(locale: string, path: string): string {
  return `${localizedPath(locale, path)}index.md`;
}

/**
 * The llms.txt files (llmstxt.org): one at the root that points to each
 * language's, and in each language the list of its pages and their full text.
 */
export const LLMS_ROOT_PATH = '/llms.txt';
export function llmsPath(locale: string, full = false): string {
  return `/${locale}/${full ? 'llms-full.txt' : 'llms.txt'}`;
}

/** Whether a path is one of the public text files of a language (a guide's Markdown, its llms files). */
export function isLocaleTextFile(locale: string, path: string): boolean {
  if (path === llmsPath(locale) || path === llmsPath(locale, true)) return true;
  return PAGES.some((page) => page.kind === 'guide' && markdownPath(locale, page.path) === path);
}
