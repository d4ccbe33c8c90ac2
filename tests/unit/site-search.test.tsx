// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/dom';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SiteSearch } from '@/components/site/SiteSearch';
import { bestSections, excerpt, resultItem, summary } from '@/enhancements/search-dialog';
import type { SearchTexts } from '@/enhancements/elements';
import { renderServer, toDocument } from './support/render';
import { openings } from './support/search-dialog-stub';

/** The search button as the server renders it, with the dialog's script replaced by a stub that records openings. */
async function header(locale: 'en' | 'ru' | 'ar' = 'en') {
  document.body.innerHTML = `<input aria-label="elsewhere">${await renderServer(<SiteSearch locale={locale} />)}`;
  const element = document.querySelector('site-search');
  element?.setAttribute('dialog', '/tests/unit/support/search-dialog-stub.ts');
  // Moved out and back in: connected again, now with the stub.
  if (element) document.body.append(element);
  return screen.getByRole('button', { name: /Search|Поиск|بحث/ });
}

function texts(element = document.querySelector('site-search')): SearchTexts {
  return JSON.parse(element?.getAttribute('texts') ?? '{}') as SearchTexts;
}

beforeAll(async () => {
  await import('@/enhancements/site-search');
});

beforeEach(() => {
  openings.length = 0;
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the search button', () => {
  it('does not advertise its shortcuts in the server HTML, where they cannot work yet', async () => {
    const doc = toDocument(await renderServer(<SiteSearch locale="en" />));
    const button = doc.querySelector('button.search-button');
    expect(button).not.toBeNull();
    expect(button?.hasAttribute('aria-keyshortcuts')).toBe(false);
    expect(doc.querySelector('kbd')?.hasAttribute('data-live')).toBe(false);
  });

  it('advertises the shortcuts once its script runs, and `/` then opens the dialog', async () => {
    const button = await header();
    expect(button.getAttribute('aria-keyshortcuts')).toBe('/ Control+K Meta+K');
    expect(button.querySelector('kbd')?.hasAttribute('data-live')).toBe(true);
    expect(openings).toHaveLength(0);

    fireEvent.keyDown(window, { key: '/' });
    await vi.waitFor(() => expect(openings).toHaveLength(1));
    expect(openings[0]?.title).toBe('Search the documentation');
  });

  it('opens with Ctrl+K or a click, but leaves `/` alone while the reader is typing', async () => {
    const button = await header();
    // Typed into the field, not taken: the key press is not cancelled.
    expect(fireEvent.keyDown(screen.getByLabelText('elsewhere'), { key: '/' })).toBe(true);
    expect(fireEvent.keyDown(window, { key: 'k', ctrlKey: true })).toBe(false);
    await vi.waitFor(() => expect(openings).toHaveLength(1));
    fireEvent.click(button);
    await vi.waitFor(() => expect(openings).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(openings).toHaveLength(2);
  });

  it('carries the dialog’s texts, the summaries formatted with the language’s plural rules', async () => {
    await header('ru');
    const russian = texts();
    expect(russian.title).toBe('Поиск по документации');
    expect(russian.results[0]).toBe('1 результат по запросу «{query}».');
    expect(russian.results[1]).toBe('2 результата по запросу «{query}».');
    expect(russian.results[4]).toBe('5 результатов по запросу «{query}».');
    await header('ar');
    const arabic = texts();
    expect(arabic.results[1]).toBe('نتيجتان للبحث عن «{query}».');
    expect(arabic.noResults).toBe('لا توجد نتائج للبحث عن «{query}».');
  });
});

describe('the search dialog', () => {
  const english: SearchTexts = {
    title: 'Search the documentation',
    placeholder: 'Search…',
    close: 'Close',
    loading: 'Loading…',
    unavailable: 'Search is unavailable',
    hint: 'Type to search',
    searching: 'Searching…',
    resultsLabel: 'Search results',
    noResults: 'No results for “{query}”.',
    results: Array.from({ length: 8 }, (_, i) => `${i + 1} result${i ? 's' : ''} for “{query}”.`),
  };

  it('says what it is doing, then what it found for the query', () => {
    const state = { loaded: false, failed: false, term: '', found: null };
    expect(summary(english, state)).toBe('Loading…');
    expect(summary(english, { ...state, loaded: true })).toBe('Type to search');
    expect(summary(english, { ...state, loaded: true, term: 't' })).toBe('Type to search');
    expect(summary(english, { ...state, loaded: true, term: 'totp ' })).toBe('Searching…');
    expect(summary(english, { ...state, loaded: true, term: 'totp', found: 0 })).toBe('No results for “totp”.');
    expect(summary(english, { ...state, loaded: true, term: 'totp', found: 2 })).toBe('2 results for “totp”.');
    // At most eight results are shown, and counted.
    expect(summary(english, { ...state, loaded: true, term: 'totp', found: 12 })).toBe('8 results for “totp”.');
    expect(summary(english, { ...state, loaded: true, failed: true, term: 'totp' })).toBe('Search is unavailable');
  });

  it('lists a page’s best-matching sections, at most three, in page order, each linking to its section', () => {
    const section = (id: string, scores: number[], excerpt = id) => ({ title: id, url: `/en/x/#${id}`, excerpt, weighted_locations: scores.map((balanced_score) => ({ balanced_score })) });
    const sections = [section('intro', [1]), section('two-factor', [3, 2], 'the <mark>TOTP</mark> code'), section('setup', [1, 1]), section('tokens', [4]), section('reset', [2])];
    // Setup and reset score the same: the first on the page is kept.
    expect(bestSections(sections).map((s) => s.url)).toEqual(['/en/x/#two-factor', '/en/x/#setup', '/en/x/#tokens']);
    expect(bestSections(sections, 1).map((s) => s.url)).toEqual(['/en/x/#two-factor']);
    const item = resultItem({ url: '/en/x/', meta: { title: 'Access' }, excerpt: 'page', sub_results: sections });
    expect(item.querySelector('.search-result__page')?.textContent).toBe('Access');
    const links = [...item.querySelectorAll('a.search-hit')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/en/x/#two-factor', '/en/x/#setup', '/en/x/#tokens']);
    expect(links[0]?.querySelector('.search-hit__title')?.textContent).toBe('two-factor');
    expect(links[0]?.querySelector('mark')?.textContent).toBe('TOTP');
  });

  it('links to the page itself when Pagefind found no section', () => {
    const item = resultItem({ url: '/en/x/', meta: { title: 'Access' }, excerpt: '… a <mark>TOTP</mark> code …' });
    const links = item.querySelectorAll('a.search-hit');
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toBe('/en/x/');
    expect(links[0]?.textContent).toBe('Access… a TOTP code …');
  });

  it('keeps only the highlighting of an excerpt; markup in it stays text', () => {
    const node = excerpt('a &lt;b&gt; <mark>x</mark> <img src=x onerror="alert(1)"> <script>alert(2)</script>');
    expect(node.querySelectorAll('*')).toHaveLength(1);
    expect(node.querySelector('mark')?.textContent).toBe('x');
    expect(node.textContent).toBe('a <b> x  alert(2)');
  });
});
