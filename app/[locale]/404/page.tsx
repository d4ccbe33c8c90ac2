import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { NotFoundView } from '@/components/site/NotFoundView';
import { routing } from '@/i18n/routing';

type Props = PageProps<'/[locale]/404'>;

// The proxy serves this page, with status 404, for every path of a locale
// that matches no page (and for malformed or unknown-language paths). A real
// page, unlike not-found.tsx, is rendered to complete HTML at build time.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const t = await getTranslations({ locale, namespace: 'notFound' });
  return { title: t('metaTitle'), robots: { index: false, follow: true } };
}

export default async function LocalizedNotFound({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return <NotFoundView locale={locale} />;
}
