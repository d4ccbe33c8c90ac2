import type { Metadata } from 'next';
import { PageShell } from '@/components/site/PageShell';
import { TranslationNotice } from '@/components/site/TranslationNotice';
import { chromePrefixes, countFallbacks } from '@/i18n/catalog';
import { languageOptions, localeConfig } from '@/i18n/locales';
import { localeParam } from '@/i18n/params';
import { getText } from '@/i18n/text';
import { catalogFile, pageDates, pageMetadata, pageText } from '@/lib/page-meta';
import { GUIDES, SECTIONS, getPage } from '@/lib/pages';
import { localizedPath } from '@/lib/routes';
import { repositoryEditUrl } from '@/lib/site';

const PAGE = getPage('docsHome');
type Props = PageProps<'/[locale]/docs'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata(PAGE, await localeParam(params));
}

/** The docs home: every section and guide of the registry, with a side column for languages and contributing. */
export default async function DocsHome({ params }: Props) {
  const locale = await localeParam(params);
  const t = await getText({ namespace: 'docs.index', locale });
  const nav = await getText({ namespace: 'nav', locale });
  const translation = await getText({ namespace: 'translation', locale });
  const guides = await Promise.all(GUIDES.map(async (page) => ({ page, t: await pageText(page, locale) })));
  // English on this page: its own text, the guides' titles and leads, the chrome.
  const fallbacks =
    t.fallbackCount +
    guides.filter((g) => g.t.isFallback('header.title') || g.t.isFallback('header.description')).length +
    (await countFallbacks(locale, await chromePrefixes()));

  return (
    <PageShell locale={locale} page={PAGE} updated={pageDates(PAGE, locale)?.modified}>
      <div className="docs-home">
        <div className="docs-home__main prose">
          <h1>{t('header.title')}</h1>
          <TranslationNotice locale={locale} fallbackCount={fallbacks} editUrl={repositoryEditUrl(catalogFile(locale, PAGE.catalog))} />
          <p className="lead">{t('header.description')}</p>
          {SECTIONS.map((section) => (
            <section key={section} aria-labelledby={`section-${section}`}>
              <h2 id={`section-${section}`}>{nav(`sections.${section}.title`)}</h2>
              <p>{nav(`sections.${section}.description`)}</p>
              <ul className="guide-list not-prose">
                {guides
                  .filter(({ page }) => page.section === section)
                  .map(({ page, t: guide }) => (
                    <li key={page.id} className="guide-card">
                      <h3>
                        <a href={localizedPath(locale, page.path)}>{guide('header.title')}</a>
                      </h3>
                      <p>{guide('header.description')}</p>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </div>
        <aside className="docs-home__aside not-prose" aria-labelledby="docs-home-languages">
          <h2 id="docs-home-languages">{t('languagesTitle')}</h2>
          <ul className="docs-home__languages">
            {languageOptions(localeConfig).map(({ code, label }) => (
              <li key={code}>
                <a href={localizedPath(code, PAGE.path)} hrefLang={code} lang={code} aria-current={code === locale ? 'page' : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
          <h2>{t('contributeTitle')}</h2>
          <p>{t('contributeBody')}</p>
          <p>
            <a href={localizedPath(locale, getPage('translationStatus').path)}>{translation('status')}</a>
          </p>
        </aside>
      </div>
    </PageShell>
  );
}
