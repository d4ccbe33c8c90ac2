import type { Metadata } from 'next';
import { NotFoundView } from '@/components/site/NotFoundView';
import { localeParam } from '@/i18n/params';
import { getText } from '@/i18n/text';

type Props = PageProps<'/[locale]/404'>;

// Prerendered to complete HTML at build time, so it reads without
// JavaScript. The proxy (next start) and nginx's error_page (static export)
// serve it, with status 404, for every address that is not a page.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getText({ namespace: 'notFound', locale });
  // It stands for whatever address was asked for: no canonical URL, never indexed.
  return { title: t.string('metaTitle'), robots: { index: false, follow: true } };
}

export default async function LocalizedNotFound({ params }: Props) {
  return <NotFoundView locale={await localeParam(params)} />;
}
