import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { REPOSITORY_URL } from '@/lib/site';
import { SmartLink } from '@/components/doc/SmartLink';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'site' });
  const links = await getTranslations({ locale, namespace: 'links' });
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{t('footerNote')}</p>
        <p>
          <SmartLink href={REPOSITORY_URL} external newTabLabel={links('newTab')}>
            {t('repository')}
          </SmartLink>
        </p>
      </div>
    </footer>
  );
}
