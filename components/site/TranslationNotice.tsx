import { SmartLink } from '@/components/doc/SmartLink';
import { defaultLocale } from '@/i18n/locales';
import type { Locale } from '@/i18n/routing';
import { getText } from '@/i18n/text';

type Props = {
  locale: Locale;
  /** Messages of the page (its own and the site's) that are shown in English. */
  fallbackCount: number;
  /** Where to edit the page's catalog in this language. */
  editUrl: string;
  /**
   * When the page is behind its English version: since when English has
   * changed (ISO 8601, lib/catalog/status.ts staleSince) and where the
   * English page is.
   */
  stale?: { since: string; englishHref: string };
};

/**
 * Tells readers, in their language, that part of the page is still in
 * English, and invites them to help; and that the English page has changed
 * since the translation was made, with a link to it. Renders nothing on a
 * complete, current page.
 */
export async function TranslationNotice({ locale, fallbackCount, editUrl, stale }: Props) {
  if ((fallbackCount === 0 && !stale) || locale === defaultLocale) return null;
  const t = await getText({ namespace: 'translation', locale });
  const links = await getText({ namespace: 'links', locale });
  const language = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return (
    <aside role="note" className="translation-notice not-prose" data-fallback-count={fallbackCount || undefined}>
      {fallbackCount > 0 && (
        <p>
          {t('notice', { language })}{' '}
          <SmartLink href={editUrl} external newTabLabel={links.string('newTab')}>
            {t('noticeHelp')}
          </SmartLink>
        </p>
      )}
      {stale && (
        <p>
          {/* The date is formatted for the reader's language by the message ({since, date, long}). */}
          {t('stale', { since: new Date(stale.since) })}{' '}
          {/* The link text is in the reader's language; only its target is English. */}
          <a href={stale.englishHref} hrefLang={defaultLocale}>
            {t('staleLink')}
          </a>
        </p>
      )}
    </aside>
  );
}
