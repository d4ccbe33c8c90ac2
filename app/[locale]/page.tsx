import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/site/PageShell';
import { routing } from '@/i18n/routing';
import { ROUTES, localizedPath } from '@/lib/routes';

type Props = PageProps<'/[locale]'>;

// A language's root has no content: the docs home is its entry point. Under
// `next start` the proxy redirects here with a 308; in the static export this
// page does it with a refresh, which works without JavaScript.
export const metadata: Metadata = { robots: { index: false, follow: true } };

export default async function LocaleRoot({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'site' });
  const home = localizedPath(locale, ROUTES.docsHome);
  return (
    <PageShell locale={locale}>
      <div className="not-found prose">
        <meta httpEquiv="refresh" content={`0; url=${home}`} />
        <p>
          <a href={home}>{t('docsHome')}</a>
        </p>
      </div>
    </PageShell>
  );
}
