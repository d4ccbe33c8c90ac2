import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { ROUTES, localizedPath } from '@/lib/routes';
import { PageShell } from './PageShell';

/** The localized "page not found" content. */
export async function NotFoundView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'notFound' });
  return (
    <PageShell locale={locale} catalog="common">
      <div className="not-found prose">
        <p className="not-found__code" aria-hidden="true">
          404
        </p>
        <h1>{t('title')}</h1>
        <p>{t('body')}</p>
        <p>
          <a href={localizedPath(locale, ROUTES.docsHome)}>{t('home')}</a>
        </p>
      </div>
    </PageShell>
  );
}
