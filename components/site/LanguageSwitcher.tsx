import { languageOptions, localeConfig } from '@/i18n/locales';
import type { Locale } from '@/i18n/routing';
import { getText } from '@/i18n/text';
import { HOME } from '@/lib/pages';
import { localizedPath } from '@/lib/routes';
import { KeepSection } from './KeepSection';

/**
 * Links to the page in every language: plain links, computed on the server,
 * that work without JavaScript (KeepSection adds the reader's section to
 * them on click). Without a page (the 404 page, served at any address),
 * they lead to each language's docs home.
 */
export async function LanguageSwitcher({ locale, path }: { locale: Locale; path?: string }) {
  const t = await getText({ namespace: 'site', locale });
  return (
    <nav aria-label={t.string('languageLabel')} className="language-switcher">
      <ul>
        {languageOptions(localeConfig).map(({ code, label }) =>
          code === locale ? (
            <li key={code}>
              <span aria-current="true" lang={code} className="language-switcher__current">
                {label}
                <span className="sr-only"> ({t('currentLanguage')})</span>
              </span>
            </li>
          ) : (
            <li key={code}>
              <a href={localizedPath(code, path ?? HOME.path)} hrefLang={code} lang={code} data-keep-section={path ? '' : undefined}>
                {label}
              </a>
            </li>
          ),
        )}
      </ul>
      <KeepSection />
    </nav>
  );
}
