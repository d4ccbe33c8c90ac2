import { getTranslations } from 'next-intl/server';
import { languageOptions, localeConfig } from '@/i18n/locales';
import type { Locale } from '@/i18n/routing';
import { ROUTES, localizedPath } from '@/lib/routes';
import { LanguageSwitcher } from './LanguageSwitcher';
import { Logo } from './Logo';

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'site' });
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a href={localizedPath(locale, ROUTES.docsHome)} className="site-header__brand">
          <Logo />
          <span>{t('name')}</span>
        </a>
        <LanguageSwitcher
          current={locale}
          label={t('languageLabel')}
          currentLabel={t('currentLanguage')}
          locales={languageOptions(localeConfig)}
        />
      </div>
    </header>
  );
}
