import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { catalogFile } from '@/lib/page-meta';
import type { Page } from '@/lib/pages';
import { DocsNav } from './DocsNav';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

type Props = {
  locale: Locale;
  /** The registry page being shown; none for the 404 page and the language root. */
  page?: Page;
  /** When the page's content last changed, shown in the footer. */
  updated?: string;
  children: ReactNode;
};

/**
 * Everything around a page's content: the header (with the language
 * switcher for this very page), the documentation's navigation, the main
 * landmark and the footer (with this page's date and catalog).
 */
export function PageShell({ locale, page, updated, children }: Props) {
  return (
    <>
      <SiteHeader locale={locale} path={page?.path} />
      <div className="site-grid">
        <DocsNav locale={locale} current={page} />
        <main id="main" className="site-main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <SiteFooter locale={locale} updated={updated} catalogFile={catalogFile(locale, page ? page.catalog : 'common')} />
    </>
  );
}
