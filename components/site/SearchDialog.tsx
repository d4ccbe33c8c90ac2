'use client';

import { createTranslator } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '@/i18n/routing';

export type SearchLabels = {
  open: string;
  openLabel: string;
  title: string;
  placeholder: string;
  close: string;
  loading: string;
  unavailable: string;
  hint: string;
  searching: string;
  /** Raw ICU messages, formatted here with the live query and count. */
  noResults: string;
  results: string;
};

export type SearchDialogProps = { locale: Locale; labels: SearchLabels; onClose: () => void };

type Hit = { url: string; title: string; section?: string; excerpt: string };

type Pagefind = {
  options(options: Record<string, unknown>): Promise<void>;
  debouncedSearch(query: string, options?: unknown, ms?: number): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
};
type SubResult = { title: string; url: string; excerpt: string; weighted_locations?: { balanced_score: number }[] };
type PagefindData = {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: SubResult[];
};

/** The section of a page that matches best: Pagefind lists sections in page order, with scores. */
function bestSection(sections: SubResult[] = []): SubResult | undefined {
  const score = (s: SubResult) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
  return sections.reduce<SubResult | undefined>((best, s) => (!best || score(s) > score(best) ? s : best), undefined);
}

let pagefind: Promise<Pagefind> | undefined;

/** The search index of this page's language, written next to the site by the build (Pagefind). */
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 24 });
    return module;
  });
  return pagefind;
}

/** Keeps only the <mark> highlighting of Pagefind's excerpts; everything else is text. */
function Excerpt({ html }: { html: string }) {
  const parts = html.split(/<mark>|<\/mark>/);
  return (
    <span className="search-hit__excerpt">
      {parts.map((part, i) => {
        const text = part.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
        return i % 2 ? <mark key={i}>{text}</mark> : text;
      })}
    </span>
  );
}

/** A modal search over the site in the reader's language; results open the matching section. */
export function SearchDialog({ locale, labels, onClose }: SearchDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ term: string; hits: Hit[] } | null>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // showModal() focuses the first button; the reader wants to type.
    input.current?.focus();
    loadPagefind().then(
      () => setStatus('ready'),
      () => setStatus('error'),
    );
  }, []);

  useEffect(() => {
    const term = query.trim();
    if (status !== 'ready' || term.length < 2) return;
    let stale = false;
    void loadPagefind()
      .then((pf) => pf.debouncedSearch(term, {}, 150))
      .then(async (search) => {
        if (!search || stale) return;
        const data = await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
        if (stale) return;
        setFound({
          term,
          hits: data.map((d) => {
            const best = bestSection(d.sub_results);
            return { url: best?.url ?? d.url, title: d.meta.title ?? d.url, section: best?.title, excerpt: best?.excerpt ?? d.excerpt };
          }),
        });
      });
    return () => {
      stale = true;
    };
  }, [query, status]);

  const t = useMemo(
    () => createTranslator({ locale, messages: { noResults: labels.noResults, results: labels.results } }),
    [locale, labels.noResults, labels.results],
  );
  const term = query.trim();
  // Results belong to the query they were found for; older ones are not shown.
  const hits = term.length >= 2 && found?.term === term ? found.hits : null;
  const summary =
    status === 'loading'
      ? labels.loading
      : status === 'error'
        ? labels.unavailable
        : hits === null
          ? term.length >= 2
            ? labels.searching
            : labels.hint
          : hits.length === 0
            ? t('noResults', { query: term })
            : t('results', { count: hits.length, query: term });

  return (
    <dialog ref={dialog} className="search-dialog" aria-labelledby="search-title" onClose={onClose} onCancel={onClose}>
      <div className="search-dialog__head">
        <h2 id="search-title">{labels.title}</h2>
        <button type="button" className="search-dialog__close" onClick={() => dialog.current?.close()}>
          <span aria-hidden="true" className="icon icon--close" />
          <span className="sr-only">{labels.close}</span>
        </button>
      </div>
      <input
        type="search"
        className="search-dialog__input"
        aria-label={labels.title}
        aria-describedby="search-status"
        placeholder={labels.placeholder}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        ref={input}
      />
      <p id="search-status" className="search-dialog__status" role="status">
        {summary}
      </p>
      {hits?.length ? (
        <ul className="search-dialog__results">
          {hits.map((hit) => (
            <li key={hit.url}>
              <a href={hit.url} className="search-hit" onClick={() => dialog.current?.close()}>
                <span className="search-hit__title">
                  {hit.title}
                  {hit.section && hit.section !== hit.title ? <> › {hit.section}</> : null}
                </span>
                <Excerpt html={hit.excerpt} />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </dialog>
  );
}
