/**
 * The one registry of the site's pages. Everything else follows from it:
 * routes and what the proxy knows, the catalog files and the message types,
 * the sitemap and hreflang, social cards, structured data, the search index,
 * the navigation and the docs home's list, the translation-status page,
 * `npm run size` and the end-to-end tests' page lists.
 *
 * Adding a page: its route folder under app/[locale]/, one catalog file per
 * language under messages/<locale>/, and one entry below. The entry's type
 * argument is its English catalog, which types the page's messages.
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
type Catalog<Module> = Module extends { default: infer Messages } ? Messages : Module;

/** A registry entry that also carries, as a type only, the page's English catalog. */
type Entry<Messages> = PageEntry & { readonly messages?: Messages };

function page<Messages extends PageCatalog>() {
  return <const E extends PageEntry>(entry: E): E & Entry<Messages> => entry;
}

export const PAGES = [
  page<Catalog<typeof import('@/messages/en/docs/index.json')>>()({
    id: 'docsHome',
    path: '/docs',
    catalog: 'docs/index',
    kind: 'home',
    sources: ['app/[locale]/docs/page.tsx'],
  }),
  page<Catalog<typeof import('@/messages/en/docs/monitor/access-auth.json')>>()({
    id: 'accessAuth',
    path: '/docs/monitor/access-auth',
    catalog: 'docs/monitor/access-auth',
    kind: 'guide',
    section: 'monitor',
    sources: ['app/[locale]/docs/monitor/access-auth', 'public/figures/monitor'],
  }),
  page<Catalog<typeof import('@/messages/en/docs/translation-status.json')>>()({
    id: 'translationStatus',
    path: '/docs/translation-status',
    catalog: 'docs/translation-status',
    kind: 'utility',
    sources: ['app/[locale]/docs/translation-status/page.tsx'],
  }),
] as const;

export type Page = (typeof PAGES)[number];
export type PageId = Page['id'];

export function getPage<I extends PageId>(id: I): Extract<Page, { id: I }> {
  const found = PAGES.find((p): p is Extract<Page, { id: I }> => p.id === id);
  if (!found) throw new Error(`No page "${id}" in lib/pages.ts`);
  return found;
}

/** The docs home: where `/` and each language's root lead. */
export const HOME = getPage('docsHome');

/** The guides, in registry order. */
export const GUIDES: readonly Page[] = PAGES.filter((p) => p.kind === 'guide');

/** Pages search engines should find: the docs home and the guides. */
export const INDEXED: readonly Page[] = PAGES.filter((p) => p.kind !== 'utility');

/** Message namespace of a catalog file: `docs/monitor/access-auth` → `docs.monitor.accessAuth`. */
export function catalogNamespace(catalog: string): string {
  return catalog
    .split('/')
    .map((segment) => segment.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()))
    .join('.');
}

/** A page's social card file name: `accessAuth` → `access-auth`. */
export function cardName(page: PageEntry): string {
  return page.id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

// ---- Types of the message tree, derived from the entries above ---------------

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
type Nest<Path extends string, Value> = Path extends `${infer Head}/${infer Tail}`
  ? { [K in Camel<Head>]: Nest<Tail, Value> }
  : { [K in Camel<Path>]: Value };
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type EntryMessages<E> = E extends { catalog: infer C extends string; messages?: infer M } ? Nest<C, M> : never;

/** The pages' messages, each at its catalog's dotted path. */
export type PagesMessages = UnionToIntersection<EntryMessages<Page>>;

/** The dotted message namespace of each page, by id. */
export type PageNamespace<P extends PageEntry> = P['catalog'] extends infer C extends string ? NamespaceOf<C> : never;
type NamespaceOf<C extends string> = C extends `${infer Head}/${infer Tail}` ? `${Camel<Head>}.${NamespaceOf<Tail>}` : Camel<C>;
