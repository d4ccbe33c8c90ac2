import { hasLocale } from 'next-intl';
import { notFound, permanentRedirect } from 'next/navigation';
import { routing } from '@/i18n/routing';
import { ROUTES, localizedPath } from '@/lib/routes';

// The language root has no content of its own: the docs home is the entry point.
export default async function LocaleRoot({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  permanentRedirect(localizedPath(locale, ROUTES.docsHome));
}
