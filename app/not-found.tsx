import type { Metadata } from 'next';
import { defaultLocale } from '@/i18n/locales';
import { HOME } from '@/lib/pages';
import { localizedPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

// Next.js answers a missing build asset (e.g. /_next/static/x.js, which the
// proxy does not see) with this page. Every other address gets the localized
// 404 page from the proxy.
export default function GlobalNotFound() {
  return (
    <html lang={defaultLocale}>
      <body className="site-body">
        <main className="not-found">
          <h1>Page not found</h1>
          <p>
            <a href={localizedPath(defaultLocale, HOME.path)}>Go to the documentation home</a>
          </p>
        </main>
      </body>
    </html>
  );
}
