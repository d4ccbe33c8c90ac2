import type { Metadata } from 'next';
import { PageShell } from '@/components/site/PageShell';
import { localeParam } from '@/i18n/params';
import { getText } from '@/i18n/text';
import { HOME } from '@/lib/pages';
import { localizedPath } from '@/lib/routes';

type Props = PageProps<'/[locale]'>;

// A language's root has no content: the docs home is its entry point. Under
// `next start` the proxy redirects here with a 308, and so does nginx for the
// static export; a host without redirects gets a refresh, which works
// without JavaScript.
export const metadata: Metadata = { robots: { index: false, follow: true } };

export default async function LocaleRoot({ params }: Props) {
  const locale = await localeParam(params);
  const t = await getText({ namespace: 'nav', locale });
  const home = localizedPath(locale, HOME.path);
  return (
    <PageShell locale={locale}>
      <div className="not-found prose">
        <meta httpEquiv="refresh" content={`0; url=${home}`} />
        <p>
          <a href={home}>{t('home')}</a>
        </p>
      </div>
    </PageShell>
  );
}
