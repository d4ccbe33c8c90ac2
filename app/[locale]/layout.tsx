import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { SiteHeader } from '@/components/site/SiteHeader';
import { getFallbackMarker } from '@/i18n/fallback';
import { THEME_SCRIPT } from '@/components/site/theme-script';
import { localeConfig } from '@/i18n/locales';
import { routing } from '@/i18n/routing';
import { SITE_ICON } from '@/lib/site';

export const metadata: Metadata = {
  // Listing icons here replaces the file conventions, so both are named.
  icons: {
    icon: [{ url: '/icon.svg', type: 'image/svg+xml', sizes: 'any' }],
    apple: [{ url: SITE_ICON.path, sizes: `${SITE_ICON.width}x${SITE_ICON.height}`, type: 'image/png' }],
  },
};

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

// Only the languages above exist: any other first segment is a 404, never a render.
export const dynamicParams = false;

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'site' });
  const mark = await getFallbackMarker(locale);

  return (
    // The theme script sets classes on <html> before React hydrates.
    <html lang={locale} dir={localeConfig[locale].dir} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="site-body">
        <a href="#main" className="skip-link">
          {mark('site.skipToContent', t('skipToContent'))}
        </a>
        <SiteHeader locale={locale} />
        {/* Each page renders its <main> and footer (components/site/PageShell.tsx). */}
        {children}
      </body>
    </html>
  );
}
