/**
 * The one registry of the site's pages. Everything else follows from it:
 * routes and what the proxy knows, the catalog files and the message types,
 * the sitemap and hreflang, social cards, structured data, the search index,
 * the navigation and the docs home's list, the translation-status page,
 * `npm run size` and the end-to-end tests' page lists.
 *
 * A guide is its folder under guides/ (its entry in page.ts, its document,
 * values and snippets) and its catalogs under messages/<locale>/; its entry
 * is listed below. The entry's type argument is its English catalog, which
 * types the page's messages.
 *
 * Client-safe: only types are imported from the catalogs.
 */
import { accessAuth } from '@/guides/access-auth/page';
import { integrations } from '@/guides/integrations/page';
import { page, type Catalog, type PageEntry } from './page-entry';

export { SECTIONS, type PageCatalog, type PageEntry, type PageKind, type SectionId } from './page-entry';

export const PAGES = [
  page<Catalog<typeof import('@/messages/en/docs/index.json')>>()({
    id: 'docsHome',
    path: '/docs',
    catalog: 'docs/index',
    kind: 'home',
    sources: ['app/[locale]/docs/page.tsx'],
  }),
  accessAuth,
  integrations,
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
export const GUIDE_PAGES = PAGES.filter((p): p is Extract<Page, { kind: 'guide' }> => p.kind === 'guide');
export const GUIDES: readonly Page[] = GUIDE_PAGES;

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
