import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { ROUTES, localizedPath } from '@/lib/routes';
import { REPOSITORY_URL } from '@/lib/site';
import { SmartLink } from '@/components/doc/SmartLink';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'site' });
  const links = await getTranslations({ locale, namespace: 'links' });
  const translation = await getTranslations({ locale, namespace: 'translation' });
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{t('footerNote')}</p>
        <ul className="site-footer__links">
          <li>
            <a href={localizedPath(locale, ROUTES.translationStatus)}>{translation('status')}</a>
          </li>
          <li>
            <SmartLink href={REPOSITORY_URL} external newTabLabel={links('newTab')}>
              {t('repository')}
            </SmartLink>
          </li>
        </ul>
      </div>
    </footer>
  );
}
