import type { Metadata } from 'next';
import { defaultLocale } from '@/i18n/locales';
import { HOME } from '@/lib/pages';
import { localizedPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

// The static export's own 404 file (out/404.html, for hosts that look for
// one; deploy/nginx.conf serves the localized pages instead). `next start`
// answers every 404 with app/global-not-found.server.tsx.
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
