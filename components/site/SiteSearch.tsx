import { QUERY_SLOT, SEARCH_MAX_RESULTS, type SearchTexts } from '@/enhancements/elements';
import type { Locale } from '@/i18n/routing';
import { getText } from '@/i18n/text';
import { EnhancementScript, enhancementUrl } from './Enhancement';

/**
 * The header's search button. <site-search> (enhancements/site-search.ts)
 * opens the search dialog from it, or with `/` or Ctrl/Cmd+K; it carries
 * the dialog's texts in the page's language, the summaries already
 * formatted for every count of results (with the plural rules of the
 * language), so the browser needs no message formatting.
 */
export async function SiteSearch({ locale }: { locale: Locale }) {
  const t = await getText({ namespace: 'search', locale });
  const texts: SearchTexts = {
    title: t.string('title'),
    placeholder: t.string('placeholder'),
    close: t.string('close'),
    loading: t.string('loading'),
    unavailable: t.string('unavailable'),
    hint: t.string('hint'),
    searching: t.string('searching'),
    resultsLabel: t.string('resultsLabel'),
    noResults: t.string('noResults', { query: QUERY_SLOT }),
    results: Array.from({ length: SEARCH_MAX_RESULTS }, (_, i) => t.string('results', { count: i + 1, query: QUERY_SLOT })),
  };
  return (
    <site-search texts={JSON.stringify(texts)} dialog={enhancementUrl('search-dialog')}>
      <button type="button" className="search-button" aria-haspopup="dialog">
        <span aria-hidden="true" className="icon icon--search size-4" />
        <span className="search-button__label">{t('open')}</span>
        <span className="sr-only">: {t('openLabel')}</span>
        {/* Shown once the shortcut works (data-live), never without JavaScript. */}
        <kbd aria-hidden="true">/</kbd>
      </button>
      <EnhancementScript name="site-search" />
    </site-search>
  );
}
