import type { Metadata } from 'next';
import { defaultLocale } from '@/i18n/locales';
import { ROUTES, localizedPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

// Requests that never reach a locale (e.g. /missing.txt) land here. The proxy
// sends every other path into a locale, where the localized 404 renders.
export default function GlobalNotFound() {
  return (
    <html lang={defaultLocale}>
      <body className="site-body">
        <main className="not-found">
          <h1>Page not found</h1>
          <p>
            <a href={localizedPath(defaultLocale, ROUTES.docsHome)}>Go to the documentation home</a>
          </p>
        </main>
      </body>
    </html>
  );
}
