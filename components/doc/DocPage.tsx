import { JsonLd } from '@/components/seo/JsonLd';
import { PageShell } from '@/components/site/PageShell';
import { TranslationNotice } from '@/components/site/TranslationNotice';
import { chromePrefixes, countFallbacks, loadCatalog } from '@/i18n/catalog';
import { defaultLocale } from '@/i18n/locales';
import type { Locale } from '@/i18n/routing';
import { getText } from '@/i18n/text';
import { staleSince } from '@/lib/catalog/status';
import { isObject } from '@/lib/catalog/tree';
import { outline, readableText } from '@/lib/document/derive';
import type { AnyDocument } from '@/lib/document/model';
import { feedbackSections } from '@/lib/document/sections';
import { catalogFile, pageDates, pageNamespace, translatedLocales } from '@/lib/page-meta';
import { HOME, cardName, type Page } from '@/lib/pages';
import { readingMinutes } from '@/lib/reading-time';
import { localizedPath } from '@/lib/routes';
import { pageUrl } from '@/lib/seo';
import { repositoryEditUrl, repositoryIssueUrl, SITE_URL } from '@/lib/site';
import { socialCardPath } from '@/lib/social-cards';
import { techArticleJsonLd } from '@/lib/structured-data';
import { copyTexts } from './CopyableCode';
import { DocHeader } from './DocHeader';
import { GuideArticle } from './GuideArticle';
import { ASSISTANTS, PageActions } from './PageActions';
import { PageFeedback } from './PageFeedback';
import { guideText } from './guide-text';
import { TableOfContents } from './TableOfContents';

type Props = { page: Page; document: AnyDocument; locale: Locale };

/**
 * A guide, rendered from its document: its header (section, title, lead,
 * reading time), the table of contents (a compact box before the article,
 * a column after it: components/doc/TableOfContents.tsx), a notice when part of it is still
 * in English, structured data, and its sections, inside the site's shell.
 */
export async function DocPage({ page, document, locale }: Props) {
  const [doc, nav, home, links, feedback] = await Promise.all([
    getText({ namespace: 'doc', locale }),
    getText({ namespace: 'nav', locale }),
    getText({ namespace: 'docs.index', locale }),
    getText({ namespace: 'links', locale }),
    getText({ namespace: 'feedback', locale }),
  ]);
  const text = await guideText(pageNamespace(page), locale, document);
  const dates = pageDates(page, locale);
  // The page's canonical URL, as its head declares it: a translation not yet
  // complete points at the English page (lib/page-meta.ts).
  const url = pageUrl((await translatedLocales(page)).includes(locale) ? locale : defaultLocale, page.path);
  const jsonLd = techArticleJsonLd({
    url,
    headline: text.string('header.title'),
    description: text.string('meta.description'),
    inLanguage: locale,
    image: `${SITE_URL}${socialCardPath(locale, cardName(page))}`,
    dates,
    breadcrumbs: [
      { name: home.string('header.title'), url: pageUrl(locale, HOME.path) },
      { name: text.string('header.title'), url },
    ],
  });
  // English on this page: its own missing messages and the site chrome's.
  const fallbackCount = text.fallbackCount + (await countFallbacks(locale, await chromePrefixes()));
  // A translation behind its English page says since when, and links to it (from the build's one translation report).
  const since = locale === defaultLocale ? undefined : staleSince(`${page.catalog}.json`, locale);
  const stale = since ? { since, englishHref: localizedPath(defaultLocale, page.path) } : undefined;
  // The reading time counts what the reader reads: the document's messages and its code.
  const { prose, code: snippets } = readableText(document, text);
  const minutes = readingMinutes(prose, snippets);
  const toc = outline(document).map((entry) => ({
    id: entry.id,
    title: text(entry.title),
    children: entry.children.map((child) => ({ id: child.id, title: text(child.title) })),
  }));

  // The page in an assistant, with a prompt that names this very page; feedback as issues naming it too.
  const ownUrl = pageUrl(locale, page.path);
  const prompt = doc.string('actions.prompt', { url: ownUrl });
  const slug = page.path.split('/').pop() ?? page.path;
  const issue = (subject: string, lines: string[]) => repositoryIssueUrl(`[${locale}] ${slug}: ${subject}`, [`Page: ${ownUrl}`, `Language: ${locale}`, ...lines, ''].join('\n'));
  const newTab = links.string('newTab');
  // A translation report names the keys of the reader's section, as the English catalog groups them.
  let sections: string | undefined;
  if (locale !== defaultLocale) {
    const english = pageNamespace(page)
      .split('.')
      .reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), (await loadCatalog(defaultLocale)).messages);
    if (!isObject(english)) throw new Error(`No English catalog at ${pageNamespace(page)}`);
    sections = JSON.stringify(feedbackSections(document, english, ['header.title', 'header.description']));
  }

  return (
    <PageShell locale={locale} page={page} updated={dates?.modified}>
      <div className="doc-layout">
        <TableOfContents variant="box" label={doc.string('onThisPage')} summary={doc('onThisPage')} items={toc} />
        <article className="doc-article prose" data-pagefind-body="" {...await copyTexts()}>
          <JsonLd data={jsonLd} />
          <DocHeader
            title={text('header.title')}
            description={text('header.description')}
            section={page.section ? nav(`sections.${page.section}.title`) : null}
            readingTime={doc('readingTime', { minutes })}
            actions={
              <PageActions
                label={doc.string('actions.label')}
                markdown={{
                  // Next to the page (lib/routes.ts markdownPath): every page's URL ends with a slash.
                  href: 'index.md',
                  view: doc.string('actions.markdown'),
                  copy: doc.string('actions.copy'),
                  copied: doc.string('actions.copied'),
                  copyFailed: doc.string('actions.copyFailed', { label: doc.string('actions.markdown') }),
                }}
                assistants={[
                  { href: ASSISTANTS.chatgpt(prompt), text: doc.string('actions.chatgpt') },
                  { href: ASSISTANTS.claude(prompt), text: doc.string('actions.claude') },
                ]}
                newTab={newTab}
              />
            }
            version={'monitorVersion' in page && page.monitorVersion ? doc('checkedAgainst', { version: page.monitorVersion }) : null}
          />
          <TranslationNotice locale={locale} fallbackCount={fallbackCount} editUrl={repositoryEditUrl(catalogFile(locale, page.catalog))} stale={stale} />
          <GuideArticle document={document} text={text} newTab={newTab} inEnglish={links.string('inEnglish')} />
          <PageFeedback
            question={feedback.string('question')}
            answers={[
              { href: issue(feedback.string('yes'), ['', feedback.string('issueHelpful')]), text: feedback.string('yes') },
              { href: issue(feedback.string('no'), ['', feedback.string('issueNotHelpful')]), text: feedback.string('no') },
            ]}
            translation={
              locale === defaultLocale
                ? undefined
                : {
                    href: issue(feedback.string('translation'), [`File: ${catalogFile(locale, page.catalog)}`, '', feedback.string('issueNotHelpful')]),
                    text: feedback.string('translation'),
                  }
            }
            sections={sections}
            newTab={newTab}
          />
        </article>
        <TableOfContents variant="column" label={doc.string('onThisPage')} items={toc} />
      </div>
    </PageShell>
  );
}
