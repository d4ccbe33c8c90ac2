import { SmartLink } from '@/components/doc/SmartLink';
import type { Locale } from '@/i18n/routing';
import { getText } from '@/i18n/text';
import { getPage } from '@/lib/pages';
import { localizedPath } from '@/lib/routes';
import { REPOSITORY_URL } from '@/lib/site';
import { EditLink } from './EditLink';

type Props = {
  locale: Locale;
  /** When the page's content last changed (from git). */
  updated?: string;
  /** The catalog file the page's text comes from, for its "edit this translation" link. */
  catalogFile: string;
};

export async function SiteFooter({ locale, updated, catalogFile }: Props) {
  const t = await getText({ namespace: 'site', locale });
  const doc = await getText({ namespace: 'doc', locale });
  const links = await getText({ namespace: 'links', locale });
  const translation = await getText({ namespace: 'translation', locale });
  return (
    <footer className="site-footer" data-pagefind-ignore="">
      <div className="site-footer__inner">
        <div className="site-footer__page">
          {updated ? <p className="site-footer__updated">{doc('lastUpdated', { date: new Date(updated) })}</p> : null}
          <EditLink locale={locale} file={catalogFile} />
        </div>
        <div className="site-footer__site">
          <p>{t('footerNote')}</p>
          <ul className="site-footer__links">
            <li>
              <a href={localizedPath(locale, getPage('translationStatus').path)}>{translation('status')}</a>
            </li>
            <li>
              <SmartLink href={REPOSITORY_URL} external newTabLabel={links.string('newTab')}>
                {t('repository')}
              </SmartLink>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
