import { getFormatter, getTranslations } from 'next-intl/server';
import { SmartLink } from '@/components/doc/SmartLink';
import type { CatalogName } from '@/i18n/catalog-files';
import { getFallbackMarker } from '@/i18n/fallback';
import type { Locale } from '@/i18n/routing';
import { ROUTES, localizedPath } from '@/lib/routes';
import { REPOSITORY_URL } from '@/lib/site';
import { EditLink } from './EditLink';

type Props = {
  locale: Locale;
  /** When the page's content last changed (from git). */
  updated?: string;
  /** The catalog the page's text comes from, for its "edit this translation" link. */
  catalog?: CatalogName;
};

export async function SiteFooter({ locale, updated, catalog }: Props) {
  const t = await getTranslations({ locale, namespace: 'site' });
  const doc = await getTranslations({ locale, namespace: 'doc' });
  const links = await getTranslations({ locale, namespace: 'links' });
  const translation = await getTranslations({ locale, namespace: 'translation' });
  const format = await getFormatter({ locale });
  const mark = await getFallbackMarker(locale);
  return (
    <footer className="site-footer" data-pagefind-ignore="">
      <div className="site-footer__inner">
        <div className="site-footer__page">
          {updated ? (
            <p className="site-footer__updated">
              {mark('doc.lastUpdated', doc('lastUpdated', { date: format.dateTime(new Date(updated), { dateStyle: 'long' }) }))}
            </p>
          ) : null}
          {catalog ? <EditLink locale={locale} catalog={catalog} /> : null}
        </div>
        <div className="site-footer__site">
          <p>{mark('site.footerNote', t('footerNote'))}</p>
          <ul className="site-footer__links">
            <li>
              <a href={localizedPath(locale, ROUTES.translationStatus)}>{mark('translation.status', translation('status'))}</a>
            </li>
            <li>
              <SmartLink href={REPOSITORY_URL} external newTabLabel={links('newTab')}>
                {mark('site.repository', t('repository'))}
              </SmartLink>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
