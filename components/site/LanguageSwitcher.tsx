import { languageOptions, localeConfig } from '@/i18n/locales';
import type { Locale } from '@/i18n/routing';
import { getText } from '@/i18n/text';
import { HOME } from '@/lib/pages';
import { localizedPath } from '@/lib/routes';
import { EnhancementScript } from './Enhancement';

/**
 * The language menu: a disclosure (<details>) naming the current language,
 * which opens on a list of links to the page in every language, each
 * language by its own name. Plain links computed on the server: it works
 * without JavaScript; <language-menu> (enhancements/language-menu.ts) adds
 * the reader's section to them, and closes the menu on Escape or a click
 * elsewhere. Without a page (the 404 page, served at any address), the
 * links lead to each language's docs home.
 */
export async function LanguageSwitcher({ locale, path }: { locale: Locale; path?: string }) {
  const t = await getText({ namespace: 'site', locale });
  return (
    <details className="language-menu">
      <summary>
        <span className="sr-only">{t('languageLabel')}: </span>
        <span lang={locale}>{localeConfig[locale].label}</span>
      </summary>
      <language-menu>
        <nav aria-label={t.string('languageLabel')} className="language-switcher">
          <ul>
            {languageOptions(localeConfig).map(({ code, label }) => (
              <li key={code}>
                {code === locale ? (
                  <span aria-current="true" lang={code} className="language-switcher__current">
                    {label}
                    <span className="sr-only"> ({t('currentLanguage')})</span>
                  </span>
                ) : (
                  <a href={localizedPath(code, path ?? HOME.path)} hrefLang={code} lang={code} data-keep-section={path ? '' : undefined}>
                    {label}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </nav>
      </language-menu>
      <EnhancementScript name="language-menu" />
    </details>
  );
}
