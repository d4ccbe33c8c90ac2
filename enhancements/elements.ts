/**
 * The custom elements that enhance the server-rendered pages, by tag name.
 * Each has a script of the same name in this folder (enhancements/<name>.ts),
 * bundled by scripts/build-enhancements.ts; the server component that renders
 * the element's markup also renders its script (components/site/Enhancement.tsx).
 * Shared by both sides, so a rename cannot break one of them.
 */
export const ENHANCEMENTS = ['copy-button', 'site-search', 'theme-select', 'menu-toggle', 'toc-spy', 'language-menu', 'feedback-links'] as const;
export type EnhancementName = (typeof ENHANCEMENTS)[number];

/** Scripts no page loads up front: <site-search> imports the dialog on first use, from its `dialog` attribute. */
export const ON_DEMAND = ['search-dialog'] as const;
export type ScriptName = EnhancementName | (typeof ON_DEMAND)[number];

/** The texts <site-search> shows, in the page's language: its `texts` attribute, as JSON. */
export type SearchTexts = {
  title: string;
  placeholder: string;
  close: string;
  loading: string;
  unavailable: string;
  hint: string;
  searching: string;
  resultsLabel: string;
  /** "No results for …", with `{query}` where the query goes. */
  noResults: string;
  /** "N results for …" for N = 1, 2, … SEARCH_MAX_RESULTS (index N - 1), with `{query}` where the query goes. */
  results: string[];
};

/** Results shown at most; the server formats the summary for each count up to it. */
export const SEARCH_MAX_RESULTS = 8;

/** Where a formatted search summary takes the reader's query. */
export const QUERY_SLOT = '{query}';

/** Where the reader's theme choice is kept (localStorage). */
export const THEME_STORAGE_KEY = 'theme';
export type ThemeChoice = 'system' | 'light' | 'dark';
