import { QUERY_SLOT, SEARCH_MAX_RESULTS, type SearchTexts } from './elements';

/**
 * The search dialog, loaded on first use by <site-search>: Pagefind's
 * Component UI (the modal, the search box and the result list, with their
 * keyboard navigation), from the files the Pagefind CLI writes next to the
 * index, so the UI always matches the index's version. Pagefind searches
 * the index of the page's language (<html lang>). What the dialog says
 * comes from the site's catalogs: Pagefind's own strings are replaced, and
 * the summary is the site's, with its plural forms. Excerpts cut from
 * longer text show "…" where they are cut; a page lists its best-matching
 * sections (SECTIONS_PER_PAGE). Escape closes the dialog, and focus goes
 * back to the search button.
 */

/** Where the search index and Pagefind's UI are served (scripts/search-index.ts writes them). */
const BUNDLE = '/pagefind/';

/** The parts of Pagefind's Component UI used here (https://pagefind.app/docs/custom-components/). */
type SubResult = { title: string; url: string; excerpt: string; weighted_locations?: { balanced_score: number }[] };
type ResultData = { url: string; meta: { title?: string }; excerpt: string; sub_results?: SubResult[] };
type Instance = {
  on(event: 'search', callback: (term: string) => void): void;
  on(event: 'results', callback: (result: { results: unknown[] }) => void): void;
  on(event: 'error' | 'loading', callback: () => void): void;
  setTranslations(strings: Record<string, string>): void;
  triggerLoad(): Promise<void>;
};
type PagefindComponents = { getInstanceManager(): { getInstance(name: string): Instance } };
type ModalElement = HTMLElement & { open(): void; close(): void; readonly isOpen: boolean };
type ResultsElement = HTMLElement & { resultTemplate: ((result: ResultData) => Element) | null };

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

let modal: Promise<ModalElement> | undefined;
/** The button the dialog was opened from, where focus goes back when Escape or the close button closes it. */
let opener: HTMLElement | undefined;

function stylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`${href} did not load`));
    document.head.append(link);
  });
}

async function loadComponents(): Promise<PagefindComponents> {
  const script = `${BUNDLE}pagefind-component-ui.js`;
  // The stylesheet first, so the dialog never shows unstyled.
  await Promise.all([stylesheet(`${BUNDLE}pagefind-component-ui.css`), import(/* webpackIgnore: true */ script)]);
  if (!window.PagefindComponents) throw new Error(`${script} did not define PagefindComponents`);
  return window.PagefindComponents;
}

/** Sections of a page shown at most, as in Pagefind's own UI. */
export const SECTIONS_PER_PAGE = 3;

/** The sections of a page that match best, at most `count`, in page order (as Pagefind lists them, with scores). */
export function bestSections(sections: SubResult[] = [], count = SECTIONS_PER_PAGE): SubResult[] {
  const score = (s: SubResult) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
  // A stable sort: of sections that score the same, the first on the page.
  const best = new Set([...sections].sort((a, b) => score(b) - score(a)).slice(0, count));
  return sections.filter((s) => best.has(s));
}

function element(tag: string, className: string, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** Pagefind's excerpt with its <mark> highlighting kept, everything else as text. */
export function excerpt(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  const out = element('span', 'search-hit__excerpt');
  for (const node of parsed.childNodes) {
    out.append(node.nodeName === 'MARK' ? element('mark', '', node.textContent ?? '') : (node.textContent ?? ''));
  }
  return out;
}

/** A link to a page or one of its sections: its title and the matching text. */
function hit(title: string, url: string, text: string): HTMLElement {
  const link = element('a', 'search-hit', element('span', 'search-hit__title', title), excerpt(text));
  link.setAttribute('href', url);
  return link;
}

/**
 * One result: the page's title, then links to its best-matching sections
 * (the text before its first heading is titled as the page), or to the
 * page itself when Pagefind found no section.
 */
export function resultItem(data: ResultData): HTMLElement {
  const title = data.meta.title ?? data.url;
  const sections = bestSections(data.sub_results);
  const hits = sections.length ? sections.map((s) => hit(s.title, s.url, s.excerpt)) : [hit(title, data.url, data.excerpt)];
  return element('li', 'search-result', element('span', 'search-result__page', title), element('ul', 'search-result__sections', ...hits.map((h) => element('li', '', h))));
}

/** The summary under the search box: loading, a hint, searching, or what was found for the query. */
export function summary(texts: SearchTexts, state: { loaded: boolean; failed: boolean; term: string; found: number | null }): string {
  const term = state.term.trim();
  if (state.failed) return texts.unavailable;
  if (!state.loaded) return texts.loading;
  if (term.length < 2) return texts.hint;
  if (state.found === null) return texts.searching;
  const message = state.found === 0 ? texts.noResults : (texts.results[Math.min(state.found, SEARCH_MAX_RESULTS) - 1] ?? '');
  return message.replace(QUERY_SLOT, term);
}

async function create(texts: SearchTexts): Promise<ModalElement> {
  const components = await loadComponents();
  const instance = components.getInstanceManager().getInstance('default');
  // Pagefind's own strings, replaced by the site's; the announcements of
  // results and loading are muted, as the summary (a live region) says it.
  instance.setTranslations({
    keyboard_search: texts.title,
    search_label: texts.title,
    placeholder: texts.placeholder,
    input_hint: texts.hint,
    keyboard_close: texts.close,
    results_label: texts.resultsLabel,
    zero_results: '',
    one_result: '',
    many_results: '',
    searching: '',
    loading: '',
  });

  const status = element('p', 'search-dialog__status', texts.loading);
  status.setAttribute('role', 'status');
  const input = document.createElement('pagefind-input');
  input.setAttribute('placeholder', texts.placeholder);
  const results = document.createElement('pagefind-results') as ResultsElement;
  results.setAttribute('max-results', String(SEARCH_MAX_RESULTS));
  results.resultTemplate = resultItem;
  const close = element('button', 'search-dialog__close', element('span', 'icon icon--close'), element('span', 'sr-only', texts.close));
  close.setAttribute('type', 'button');
  close.firstElementChild?.setAttribute('aria-hidden', 'true');
  // Pagefind marks where it cut an excerpt out of longer text.
  const config = document.createElement('pagefind-config');
  config.setAttribute('excerpt-ellipsis', '…');
  const dialog = document.createElement('pagefind-modal') as ModalElement;
  dialog.className = 'search-dialog';
  dialog.setAttribute('reset-on-close', '');
  // The modal's own structure, given (Pagefind moves it into its <dialog>):
  // the search box and a close button, always shown, then the summary and
  // the results in the scrolling body.
  dialog.append(element('div', 'search-dialog__head', input, close), element('pagefind-modal-body', '', status, results));
  const dismiss = () => {
    dialog.close();
    opener?.focus();
  };
  close.addEventListener('click', dismiss);
  // Escape closes the dialog at once, wherever focus is in it. It is taken
  // before Pagefind's own handling, which ignores it for as long as it
  // believes an input method (IME) composition is under way or has just
  // ended, so that the reader's first Escape could be lost. An Escape that
  // cancels a composition is left to the input method.
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || event.isComposing || !dialog.isOpen) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      dismiss();
    },
    true,
  );

  const state = { loaded: false, failed: false, term: '', found: null as number | null };
  const show = () => {
    status.textContent = summary(texts, state);
    // Results of a one-letter query are not shown (the hint asks for two).
    dialog.toggleAttribute('data-short', state.term.trim().length < 2);
  };
  instance.on('search', (term) => {
    state.term = term;
    state.found = null;
    show();
  });
  instance.on('results', (found) => {
    state.found = found.results.length;
    show();
  });
  instance.on('error', () => {
    state.failed = true;
    show();
  });
  // A result opens its section, on this page or another: the dialog closes.
  dialog.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a[href]')) dialog.close();
  });
  document.body.append(config, dialog);
  show();
  void instance.triggerLoad().then(() => {
    state.loaded = true;
    show();
  });
  return dialog;
}

/** Opens the dialog, creating it the first time; `from` is the button that opens it. */
export async function openSearch(texts: SearchTexts, from?: HTMLElement): Promise<void> {
  opener = from;
  modal ??= create(texts).catch((error: unknown) => {
    // Tried again on the next opening.
    modal = undefined;
    throw error;
  });
  (await modal).open();
}
