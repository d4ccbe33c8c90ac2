import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DocPage } from '@/components/doc/DocPage';
import { DOCUMENTS } from '@/guides';
import { localeParam } from '@/i18n/params';
import { pageMetadata } from '@/lib/page-meta';
import { GUIDE_PAGES } from '@/lib/pages';

/*
 * Every guide of the registry, rendered from its document (guides/<id>/).
 * The path segments after /docs/ name the guide: /docs/monitor/access-auth
 * → ['monitor', 'access-auth'].
 */

type Props = PageProps<'/[locale]/docs/[...slug]'>;

const segments = (path: string) => path.split('/').filter(Boolean).slice(1);

export function generateStaticParams() {
  return GUIDE_PAGES.map((page) => ({ slug: segments(page.path) }));
}

// Only the guides above exist: any other path is a 404, never a render.
export const dynamicParams = false;

async function guide(params: Props['params']) {
  const { slug } = await params;
  const page = GUIDE_PAGES.find((p) => segments(p.path).join('/') === slug.join('/'));
  if (!page) notFound();
  return { page, document: DOCUMENTS[page.id] };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  return pageMetadata((await guide(params)).page, locale);
}

export default async function GuideRoute({ params }: Props) {
  const locale = await localeParam(params);
  const { page, document } = await guide(params);
  return <DocPage page={page} document={document} locale={locale} />;
}
