import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getFallbackMarker } from '@/i18n/fallback';
import { ROUTES, localizedPath } from '@/lib/routes';
import { PageShell } from './PageShell';

/** The localized "page not found" content. */
export async function NotFoundView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'notFound' });
  const mark = await getFallbackMarker(locale);
  return (
    <PageShell locale={locale} catalog="common">
      <div className="not-found prose">
        <p className="not-found__code" aria-hidden="true">
          404
        </p>
        <h1>{mark('notFound.title', t('title'))}</h1>
        <p>{mark('notFound.body', t('body'))}</p>
        <p>
          <a href={localizedPath(locale, ROUTES.docsHome)}>{mark('notFound.home', t('home'))}</a>
        </p>
      </div>
    </PageShell>
  );
}
