import type { Locale } from '@/i18n/routing';
import { getText } from '@/i18n/text';
import { pageText } from '@/lib/page-meta';
import { GUIDES, HOME, SECTIONS, type Page } from '@/lib/pages';
import { localizedPath } from '@/lib/routes';

export const DOCS_NAV_ID = 'docs-nav';

/**
 * The documentation's sections and pages, from the registry, in the
 * reader's language, with the current page marked. A sidebar on wide
 * screens; on narrow ones it opens with the header's menu (and is simply
 * listed without JavaScript).
 */
export async function DocsNav({ locale, current }: { locale: Locale; current?: Page }) {
  const nav = await getText({ namespace: 'nav', locale });
  const link = async (page: Page, label?: React.ReactNode) => (
    <a href={localizedPath(locale, page.path)} aria-current={page.id === current?.id ? 'page' : undefined}>
      {label ?? (await pageText(page, locale))('header.title')}
    </a>
  );
  return (
    <nav id={DOCS_NAV_ID} aria-label={nav.string('label')} className="docs-nav" data-pagefind-ignore="">
      <ul>
        <li>{await link(HOME, nav('home'))}</li>
        {await Promise.all(
          SECTIONS.map(async (section) => {
            const pages = GUIDES.filter((p) => p.section === section);
            if (!pages.length) return null;
            return (
              <li key={section}>
                <span className="docs-nav__section">{nav(`sections.${section}.title`)}</span>
                <ul>
                  {await Promise.all(pages.map(async (page) => <li key={page.id}>{await link(page)}</li>))}
                </ul>
              </li>
            );
          }),
        )}
      </ul>
    </nav>
  );
}
