import type { Locale } from '@/i18n/routing';
import { getText } from '@/i18n/text';
import { HOME } from '@/lib/pages';
import { localizedPath } from '@/lib/routes';
import { DOCS_NAV_ID } from './DocsNav';
import { LanguageSwitcher } from './LanguageSwitcher';
import { Logo } from './Logo';
import { MenuToggle } from './MenuToggle';
import { SearchButton } from './SearchButton';
import { ThemeSelect } from './ThemeSelect';

const MENU_ID = 'site-menu';

/** The site's header; `path` is the locale-free path of the page, for the language switcher. */
export async function SiteHeader({ locale, path }: { locale: Locale; path?: string }) {
  const t = await getText({ namespace: 'site', locale });
  const search = await getText({ namespace: 'search', locale });
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a href={localizedPath(locale, HOME.path)} className="site-header__brand">
          <Logo />
          <span>{t('name')}</span>
        </a>
        <SearchButton
          locale={locale}
          labels={{
            open: search.string('open'),
            openLabel: search.string('openLabel'),
            title: search.string('title'),
            placeholder: search.string('placeholder'),
            close: search.string('close'),
            loading: search.string('loading'),
            unavailable: search.string('unavailable'),
            hint: search.string('hint'),
            searching: search.string('searching'),
            noResults: search.raw('noResults'),
            results: search.raw('results'),
          }}
        />
        <MenuToggle label={t.string('menu')} controls={[MENU_ID, DOCS_NAV_ID]} />
        <div id={MENU_ID} className="site-header__menu">
          <LanguageSwitcher locale={locale} path={path} />
          <ThemeSelect
            labels={{ label: t.string('theme'), system: t.string('themeSystem'), light: t.string('themeLight'), dark: t.string('themeDark') }}
          />
        </div>
      </div>
    </header>
  );
}
