import type { Metadata } from 'next';
import { THEME_SCRIPT } from '@/components/site/theme-script';
import { localeConfig } from '@/i18n/locales';
import { localeParam } from '@/i18n/params';
import { routing } from '@/i18n/routing';
import { getText } from '@/i18n/text';
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
  const locale = await localeParam(params);
  const t = await getText({ namespace: 'site', locale });
  return (
    // The theme script sets classes on <html> before React hydrates.
    <html lang={locale} dir={localeConfig[locale].dir} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="site-body">
        <a href="#main" className="skip-link">
          {t('skipToContent')}
        </a>
        {/* Each page renders its header, navigation, <main> and footer (components/site/PageShell.tsx). */}
        {children}
      </body>
    </html>
  );
}
