/**
 * What a page of the site declares about itself: its registry entry. A
 * guide's entry lives with its document (guides/<id>/page.ts); the other
 * pages' in lib/pages.ts, which lists them all.
 *
 * Client-safe: only types are imported from the catalogs.
 */

/** Groups of pages in the navigation; each has its title in messages/<locale>/common.json (nav.sections). */
export const SECTIONS = ['monitor'] as const;
export type SectionId = (typeof SECTIONS)[number];

/**
 * - `home`: the docs home, where `/` and each language's root lead;
 * - `guide`: a documentation page: in the navigation, the docs home's list,
 *   the sitemap, search and structured data, with a social card;
 * - `utility`: a page for contributors (translation status): reachable from
 *   the footer, never indexed.
 */
export type PageKind = 'home' | 'guide' | 'utility';

export type PageEntry = {
  /** Stable identifier; the social card's file name is its kebab-case form. */
  id: string;
  /** Locale-free path, without a trailing slash: `/docs/monitor/access-auth`. */
  path: `/${string}`;
  /** Catalog file under messages/<locale>/, without `.json`; its messages live at the same dotted path (`docs.monitor.accessAuth`). */
  catalog: string;
  kind: PageKind;
  /** Navigation group (guides only). */
  section?: SectionId;
  /** Source files and folders of the page, relative to the project, for its dates (from git). */
  sources: readonly string[];
  /** Guides: the ProxMenux Monitor release the guide was checked against. */
  monitorVersion?: `${number}.${number}.${number}`;
};

/**
 * What every page's catalog has: `meta` for the head tags (title, search
 * description, comma-separated keywords) and `header` for its heading and
 * lead, which the navigation, the docs home and social cards show too.
 */
export type PageCatalog = {
  meta: { title: string; description: string; keywords: string };
  header: { title: string; description: string };
};

/** The messages of an English catalog file, from its module type (`typeof import('….json')`). */
export type Catalog<Module> = Module extends { default: infer Messages } ? Messages : Module;

/** A registry entry that also carries, as a type only, the page's English catalog. */
type Entry<Messages> = PageEntry & { readonly messages?: Messages };

export function page<Messages extends PageCatalog>() {
  return <const E extends PageEntry>(entry: E): E & Entry<Messages> => entry;
}
