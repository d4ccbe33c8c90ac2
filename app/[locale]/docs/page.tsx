import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/site/PageShell';
import { pageDates, pageInfo } from '@/lib/pages';
import { OG_IMAGE_SIZE, socialCardPath } from '@/lib/social-cards';
import { TranslationNotice } from '@/components/site/TranslationNotice';
import { countFallbacks } from '@/i18n/catalog';
import { chromeFallbackCount, getFallbackMarker } from '@/i18n/fallback';
import { catalogFilePath } from '@/i18n/catalog-files';
import { localeMetadata } from '@/lib/locale-metadata';
import { repositoryEditUrl } from '@/lib/site';
import { ROUTES, localizedPath } from '@/lib/routes';
import { routing } from '@/i18n/routing';

type Props = PageProps<'/[locale]/docs'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'docsHome' });
  return localeMetadata(locale, ROUTES.docsHome, {
    title: t('title'),
    description: t('description'),
    type: 'website',
    image: { url: socialCardPath(locale, 'docs-home'), ...OG_IMAGE_SIZE, alt: t('title') },
  });
}

export default async function DocsHome({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'docsHome' });
  const guide = await getTranslations({ locale, namespace: 'docs.monitor.accessAuth.header' });
  const fallbacks = (await countFallbacks(locale, ['docsHome', 'docs.monitor.accessAuth.header'])) + (await chromeFallbackCount(locale));
  const mark = await getFallbackMarker(locale);

  return (
    <PageShell locale={locale} updated={pageDates(pageInfo(ROUTES.docsHome), locale)?.modified} catalog="common">
      <div className="docs-home prose">
        <h1>{mark('docsHome.title', t('title'))}</h1>
        <TranslationNotice locale={locale} fallbackCount={fallbacks} editUrl={repositoryEditUrl(catalogFilePath(locale, 'common'))} />
        <p className="lead">{mark('docsHome.description', t('description'))}</p>
        <section aria-labelledby="monitor">
          <h2 id="monitor">{mark('docsHome.monitorHeading', t('monitorHeading'))}</h2>
          <p>{mark('docsHome.monitorIntro', t('monitorIntro'))}</p>
          <ul className="guide-list not-prose">
            <li className="guide-card">
              <h3>
                <a href={localizedPath(locale, ROUTES.accessAuth)}>{mark('docs.monitor.accessAuth.header.title', guide('title'))}</a>
              </h3>
              <p>{mark('docs.monitor.accessAuth.header.description', guide('description'))}</p>
            </li>
          </ul>
        </section>
      </div>
    </PageShell>
  );
}
