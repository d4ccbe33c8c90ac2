import type { Locale } from '@/i18n/routing';
import { getText } from '@/i18n/text';
import { HOME } from '@/lib/pages';
import { localizedPath } from '@/lib/routes';
import { PageShell } from './PageShell';

/** The localized "page not found" content. */
export async function NotFoundView({ locale }: { locale: Locale }) {
  const t = await getText({ namespace: 'notFound', locale });
  return (
    <PageShell locale={locale}>
      <div className="not-found prose">
        <p className="not-found__code" aria-hidden="true">
          404
        </p>
        <h1>{t('title')}</h1>
        <p>{t('body')}</p>
        <p>
          <a href={localizedPath(locale, HOME.path)}>{t('home')}</a>
        </p>
      </div>
    </PageShell>
  );
}
