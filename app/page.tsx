import type { Metadata } from 'next';
import { defaultLocale, localeConfig } from '@/i18n/locales';
import { HOME } from '@/lib/pages';
import { localizedPath } from '@/lib/routes';

// Only the static export serves this page: under `next start` the proxy
// redirects `/` before it is reached. With JavaScript, the reader's language
// (NEXT_LOCALE cookie, then the browser's languages) is chosen at once;
// without it, a refresh sends everyone to the default language, and the
// links stay as a last resort.
export const metadata: Metadata = {
  title: 'ProxMenux documentation',
  robots: { index: false, follow: true },
};

const LOCALES = Object.keys(localeConfig);

/** The language-picking script; its hash is added to the static export's policy at build time. */
const PICK_LANGUAGE_SCRIPT = `(function(){var s=${JSON.stringify(LOCALES)},l=null,m=document.cookie.match(/(?:^|; )NEXT_LOCALE=([^;]*)/);if(m&&s.indexOf(m[1])>=0)l=m[1];var n=navigator.languages||[navigator.language||''];for(var i=0;!l&&i<n.length;i++){var p=String(n[i]).toLowerCase().split('-')[0];if(s.indexOf(p)>=0)l=p;}location.replace('/'+(l||${JSON.stringify(defaultLocale)})+${JSON.stringify(HOME.path + '/')});})();`;

export default function LanguageRoot() {
  return (
    <html lang={defaultLocale}>
      <head>
        <script dangerouslySetInnerHTML={{ __html: PICK_LANGUAGE_SCRIPT }} />
        <noscript>
          <meta httpEquiv="refresh" content={`0; url=${localizedPath(defaultLocale, HOME.path)}`} />
        </noscript>
      </head>
      <body className="site-body">
        <main className="not-found">
          <h1>ProxMenux documentation</h1>
          <ul>
            {Object.entries(localeConfig).map(([code, info]) => (
              <li key={code}>
                <a href={localizedPath(code, HOME.path)} hrefLang={code} lang={code}>
                  {info.label}
                </a>
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>
  );
}
