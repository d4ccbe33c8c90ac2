import type { Locale } from '@/i18n/routing';
import { getText } from '@/i18n/text';
import { HOME } from '@/lib/pages';
import { localizedPath } from '@/lib/routes';
import { DOCS_NAV_ID } from './DocsNav';
import { LanguageSwitcher } from './LanguageSwitcher';
import { Logo } from './Logo';
import { MenuToggle } from './MenuToggle';
import { SiteSearch } from './SiteSearch';
import { ThemeSelect } from './ThemeSelect';

const MENU_ID = 'site-menu';

/** The site's header; `path` is the locale-free path of the page, for the language switcher. */
export async function SiteHeader({ locale, path }: { locale: Locale; path?: string }) {
  const t = await getText({ namespace: 'site', locale });
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a href={localizedPath(locale, HOME.path)} className="site-header__brand">
          <Logo />
          <span>{t('name')}</span>
        </a>
        <SiteSearch locale={locale} />
        <MenuToggle label={t.string('menu')} controls={[MENU_ID, DOCS_NAV_ID]} />
        <div id={MENU_ID} className="site-header__menu">
          <LanguageSwitcher locale={locale} path={path} />
          <ThemeSelect locale={locale} />
        </div>
      </div>
    </header>
  );
}
