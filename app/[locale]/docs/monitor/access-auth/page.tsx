import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DocHeader } from '@/components/doc/DocHeader';
import { TableOfContents, type TocItem } from '@/components/doc/TableOfContents';
import { TocSpy } from '@/components/doc/TocSpy';
import { PageShell } from '@/components/site/PageShell';
import { TranslationNotice } from '@/components/site/TranslationNotice';
import { catalogFilePath } from '@/i18n/catalog-files';
import { JsonLd } from '@/components/seo/JsonLd';
import { pageDates, pageInfo } from '@/lib/pages';
import { pageUrl } from '@/lib/seo';
import { repositoryEditUrl, SITE_URL } from '@/lib/site';
import { techArticleJsonLd } from '@/lib/structured-data';
import { getDocText } from '@/i18n/doc-text';
import { chromeFallbackCount, getFallbackMarker } from '@/i18n/fallback';
import { routing } from '@/i18n/routing';
import { flattenStrings } from '@/lib/catalog/tree';
import { readingMinutes } from '@/lib/reading-time';
import { ROUTES } from '@/lib/routes';
import { localeMetadata } from '@/lib/locale-metadata';
import { OG_IMAGE_SIZE, socialCardPath } from '@/lib/social-cards';
import { ApiTokens } from './sections/ApiTokens';
import { AuditLog } from './sections/AuditLog';
import { Fail2Ban } from './sections/Fail2Ban';
import { FirstLaunch } from './sections/FirstLaunch';
import { Gateway } from './sections/Gateway';
import { Https } from './sections/Https';
import { Intro } from './sections/Intro';
import { Password } from './sections/Password';
import { Reaching } from './sections/Reaching';
import { ReverseProxy } from './sections/ReverseProxy';
import { Troubleshooting } from './sections/Troubleshooting';
import { TwoFactor } from './sections/TwoFactor';
import { WhereNext } from './sections/WhereNext';
import { OUTLINE } from './outline';
import { snippets } from './snippets';

type Props = PageProps<'/[locale]/docs/monitor/access-auth'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const tx = await getDocText(locale, 'docs.monitor.accessAuth');
  return localeMetadata(locale, ROUTES.accessAuth, {
    title: tx.text('meta.title'),
    description: tx.text('meta.description'),
    keywords: tx.strings('meta.keywords'),
    openGraph: { title: tx.text('meta.ogTitle'), description: tx.text('meta.ogDescription') },
    twitter: { title: tx.text('meta.twitterTitle'), description: tx.text('meta.twitterDescription') },
    image: { url: socialCardPath(locale, 'access-auth'), ...OG_IMAGE_SIZE, alt: tx.text('header.title') },
  });
}

export default async function AccessAuthPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);

  const tx = await getDocText(locale, 'docs.monitor.accessAuth');
  const { docs } = await getMessages({ locale });
  const tDoc = await getTranslations({ locale, namespace: 'doc' });
  const tSite = await getTranslations({ locale, namespace: 'site' });
  const mark = await getFallbackMarker(locale);
  const { meta: _meta, ...article } = docs.monitor.accessAuth;
  const minutes = readingMinutes(
    [...flattenStrings(article)].filter(([key]) => !key.endsWith('.href')).map(([, text]) => text),
    Object.values(snippets).map((s) => s.code),
  );

  const page = pageInfo(ROUTES.accessAuth);
  const url = pageUrl(locale, ROUTES.accessAuth);
  const jsonLd = techArticleJsonLd({
    url,
    headline: tx.text('header.title'),
    description: tx.text('meta.description'),
    inLanguage: locale,
    image: `${SITE_URL}${socialCardPath(locale, 'access-auth')}`,
    dates: pageDates(page, locale),
    breadcrumbs: [
      { name: tSite('docsHome'), url: pageUrl(locale, ROUTES.docsHome) },
      { name: tx.text('header.title'), url },
    ],
  });

  const toc: TocItem[] = OUTLINE.map((entry) => ({
    id: entry.id,
    title: tx.rich(entry.title),
    children: entry.children?.map((child) => ({ id: child.id, title: tx.rich(child.title) })),
  }));
  const updated = pageDates(page, locale)?.modified;
  // English text on the page: its own missing messages and the chrome's.
  const fallbackCount = tx.fallbackKeys.length + (await chromeFallbackCount(locale));

  return (
    <PageShell locale={locale} updated={updated} catalog="accessAuth">
      <div className="doc-layout">
        <article className="doc-article prose" data-pagefind-body="">
          <JsonLd data={jsonLd} />
          <DocHeader
            title={tx.rich('header.title')}
            description={tx.rich('header.description')}
            section={tx.rich('header.section')}
            readingTime={mark('doc.readingTime', tDoc('readingTime', { minutes }))}
          />
          <details className="toc-inline not-prose" data-pagefind-ignore="">
            <summary>{mark('doc.onThisPage', tDoc('onThisPage'))}</summary>
            <TableOfContents label={tDoc('onThisPage')} items={toc} />
          </details>
          <TranslationNotice
            locale={locale}
            fallbackCount={fallbackCount}
            editUrl={repositoryEditUrl(catalogFilePath(locale, 'accessAuth'))}
          />
          <Intro tx={tx} />
          <Reaching tx={tx} />
          <FirstLaunch tx={tx} />
          <Password tx={tx} />
          <TwoFactor tx={tx} />
          <ApiTokens tx={tx} />
          <Https tx={tx} />
          <Gateway tx={tx} />
          <ReverseProxy tx={tx} />
          <AuditLog tx={tx} />
          <Fail2Ban tx={tx} />
          <Troubleshooting tx={tx} />
          <WhereNext tx={tx} />
        </article>
        <aside className="toc-aside" data-pagefind-ignore="">
          <TableOfContents label={tDoc('onThisPage')} items={toc} />
          <TocSpy />
        </aside>
      </div>
    </PageShell>
  );
}
