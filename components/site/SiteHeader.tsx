import { getTranslations } from 'next-intl/server';
import { languageOptions, localeConfig } from '@/i18n/locales';
import { getFallbackMarker } from '@/i18n/fallback';
import type { Locale } from '@/i18n/routing';
import { ROUTES, localizedPath } from '@/lib/routes';
import { LanguageSwitcher } from './LanguageSwitcher';
import { Logo } from './Logo';
import { MenuToggle } from './MenuToggle';
import { SearchButton } from './SearchButton';
import { ThemeSelect } from './ThemeSelect';

const MENU_ID = 'site-menu';

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'site' });
  const search = await getTranslations({ locale, namespace: 'search' });
  const mark = await getFallbackMarker(locale);
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a href={localizedPath(locale, ROUTES.docsHome)} className="site-header__brand">
          <Logo />
          <span>{mark('site.name', t('name'))}</span>
        </a>
        <SearchButton
          locale={locale}
          labels={{
            open: search('open'),
            openLabel: search('openLabel'),
            title: search('title'),
            placeholder: search('placeholder'),
            close: search('close'),
            loading: search('loading'),
            unavailable: search('unavailable'),
            hint: search('hint'),
            searching: search('searching'),
            noResults: String(search.raw('noResults')),
            results: String(search.raw('results')),
          }}
        />
        <MenuToggle label={t('menu')} controls={MENU_ID} />
        <div id={MENU_ID} className="site-header__menu">
          <nav aria-label={t('mainNav')} className="site-nav">
            <a href={localizedPath(locale, ROUTES.docsHome)}>{mark('site.docsHome', t('docsHome'))}</a>
          </nav>
          <LanguageSwitcher
            current={locale}
            label={t('languageLabel')}
            currentLabel={t('currentLanguage')}
            locales={languageOptions(localeConfig)}
          />
          <ThemeSelect
            labels={{ label: t('theme'), system: t('themeSystem'), light: t('themeLight'), dark: t('themeDark') }}
          />
        </div>
      </div>
    </header>
  );
}
