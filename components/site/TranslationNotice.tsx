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
};

/**
 * Tells readers, in their language, that part of the page is still in
 * English, and invites them to help. Renders nothing on a complete page.
 */
export async function TranslationNotice({ locale, fallbackCount, editUrl }: Props) {
  if (fallbackCount === 0 || locale === defaultLocale) return null;
  const t = await getText({ namespace: 'translation', locale });
  const links = await getText({ namespace: 'links', locale });
  const language = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return (
    <aside role="note" className="translation-notice not-prose" data-fallback-count={fallbackCount}>
      <p>
        {t('notice', { language })}{' '}
        <SmartLink href={editUrl} external newTabLabel={links.string('newTab')}>
          {t('noticeHelp')}
        </SmartLink>
      </p>
    </aside>
  );
}
