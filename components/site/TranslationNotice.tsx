import { Languages } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { SmartLink } from '@/components/doc/SmartLink';
import { defaultLocale } from '@/i18n/locales';
import { getFallbackMarker } from '@/i18n/fallback';
import type { Locale } from '@/i18n/routing';

type Props = {
  locale: Locale;
  /** Messages of the page that are shown in English. */
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
  const t = await getTranslations({ locale, namespace: 'translation' });
  const links = await getTranslations({ locale, namespace: 'links' });
  const mark = await getFallbackMarker(locale);
  const language = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return (
    <aside role="note" className="translation-notice not-prose" data-fallback-count={fallbackCount}>
      <Languages aria-hidden="true" className="size-5 shrink-0" />
      <p>
        {mark('translation.notice', t('notice', { language }))}{' '}
        <SmartLink href={editUrl} external newTabLabel={links('newTab')}>
          {mark('translation.noticeHelp', t('noticeHelp'))}
        </SmartLink>
      </p>
    </aside>
  );
}
