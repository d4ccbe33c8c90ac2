import type { ReactNode } from 'react';
import type { CatalogName } from '@/i18n/catalog-files';
import type { Locale } from '@/i18n/routing';
import { SiteFooter } from './SiteFooter';

type Props = {
  locale: Locale;
  children: ReactNode;
  /** When the page's content last changed, shown in the footer. */
  updated?: string;
  /** The page's catalog, for the footer's "edit this translation" link. */
  catalog?: CatalogName;
};

/**
 * The main landmark and the site footer of a page. Pages render it (not the
 * layout) because the footer speaks about the page: its date and catalog.
 */
export function PageShell({ locale, children, updated, catalog }: Props) {
  return (
    <>
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter locale={locale} updated={updated} catalog={catalog} />
    </>
  );
}
