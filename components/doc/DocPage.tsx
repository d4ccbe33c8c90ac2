import type { ReactNode } from 'react';
import { JsonLd } from '@/components/seo/JsonLd';
import { PageShell } from '@/components/site/PageShell';
import { TranslationNotice } from '@/components/site/TranslationNotice';
import { chromePrefixes, countFallbacks } from '@/i18n/catalog';
import type { Locale } from '@/i18n/routing';
import { getText, type TextKey, type TextOf } from '@/i18n/text';
import { catalogFile, pageDates } from '@/lib/page-meta';
import { HOME, cardName, type Page, type PageCatalog } from '@/lib/pages';
import { readingMinutes } from '@/lib/reading-time';
import { pageUrl } from '@/lib/seo';
import { repositoryEditUrl, SITE_URL } from '@/lib/site';
import { socialCardPath } from '@/lib/social-cards';
import { techArticleJsonLd } from '@/lib/structured-data';
import { stashArticle } from './article-stash';
import { DocHeader } from './DocHeader';
import { resolveTree, textOf } from './resolve-tree';
import { StaticArticle } from './StaticArticle';
import { TableOfContents, type TocItem } from './TableOfContents';

type Props = {
  page: Page;
  /** The page's messages, as the page renders them (with its verbatim values and link tags). */
  t: TextOf<TextKey<PageCatalog>>;
  toc: TocItem[];
  /** The page's code snippets, counted in the reading time. */
  snippets: readonly string[];
  children: ReactNode;
};

/**
 * A guide: its header (section, title, lead, reading time), the table of
 * contents, a notice when part of it is still in English, structured data,
 * and its sections, inside the site's shell. The article is a static
 * article (StaticArticle): rendered to HTML once, without a second copy in
 * the page's React payload; its copy buttons and the table of contents'
 * "you are here" mark are enhanced from outside it.
 */
export async function DocPage({ page, t, toc, snippets, children }: Props) {
  const locale: Locale = t.locale;
  const doc = await getText({ namespace: 'doc', locale });
  const nav = await getText({ namespace: 'nav', locale });
  const home = await getText({ namespace: 'docs.index', locale });
  const dates = pageDates(page, locale);
  const url = pageUrl(locale, page.path);
  const jsonLd = techArticleJsonLd({
    url,
    headline: t.string('header.title'),
    description: t.string('meta.description'),
    inLanguage: locale,
    image: `${SITE_URL}${socialCardPath(locale, cardName(page))}`,
    dates,
    breadcrumbs: [
      { name: home.string('header.title'), url: pageUrl(locale, HOME.path) },
      { name: t.string('header.title'), url },
    ],
  });
  // English text on the page: its own missing messages and the site chrome's.
  const fallbackCount = t.fallbackCount + (await countFallbacks(locale, await chromePrefixes()));
  // The reading time counts what the reader sees: the article's text and its code.
  const body = await resolveTree(children);
  const minutes = readingMinutes([textOf(body)], snippets);
  const id = `article-${page.id}-${locale}`;
  stashArticle(
    id,
    await resolveTree(
      <>
        <TableOfContents label={doc.string('onThisPage')} summary={doc('onThisPage')} items={toc} />
        <article className="doc-article prose" data-pagefind-body="">
          <JsonLd data={jsonLd} />
          <DocHeader
            title={t('header.title')}
            description={t('header.description')}
            section={page.section ? nav(`sections.${page.section}.title`) : null}
            readingTime={doc('readingTime', { minutes })}
          />
          <TranslationNotice locale={locale} fallbackCount={fallbackCount} editUrl={repositoryEditUrl(catalogFile(locale, page.catalog))} />
          {body}
        </article>
      </>,
    ),
  );

  return (
    <PageShell locale={locale} page={page} updated={dates?.modified}>
      <StaticArticle id={id} className="doc-layout" />
    </PageShell>
  );
}
