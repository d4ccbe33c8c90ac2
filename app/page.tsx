import type { Metadata } from 'next';
import { defaultLocale, localeConfig } from '@/i18n/locales';
import { browserNegotiationScript } from '@/i18n/negotiate';
import { HOME } from '@/lib/pages';
import { localizedPath } from '@/lib/routes';

// Only the static export serves this page, and only where the host does
// not negotiate (deploy/nginx.conf redirects `/` itself): under `next start`
// the proxy redirects `/` before it is reached. With JavaScript, the
// reader's language is chosen at once by the rules of i18n/negotiate.ts
// (the NEXT_LOCALE cookie, then the browser's languages in order: the same
// language and script first, then the same language in another script);
// without it, a refresh sends everyone to the default language, and the
// links stay as a last resort.
export const metadata: Metadata = {
  title: 'ProxMenux documentation',
  robots: { index: false, follow: true },
};

/** The language-picking script; its hash is added to the static export's policy at build time. */
const PICK_LANGUAGE_SCRIPT = browserNegotiationScript(Object.keys(localeConfig), defaultLocale, `${HOME.path}/`);

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
