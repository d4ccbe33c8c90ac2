import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { DocPage } from '@/components/doc/DocPage';
import { linkTags } from '@/components/doc/rich-tags';
import type { TocItem } from '@/components/doc/TableOfContents';
import { localeParam } from '@/i18n/params';
import { getText } from '@/i18n/text';
import { pageMetadata } from '@/lib/page-meta';
import { getPage } from '@/lib/pages';
import { ANCHORS, LINKS } from './content';
import { menuLabels } from './menu-labels';
import { OUTLINE } from './outline';
import { ApiTokens } from './sections/ApiTokens';
import { AuditLog } from './sections/AuditLog';
import { Fail2Ban } from './sections/Fail2Ban';
import { FirstLaunch } from './sections/FirstLaunch';
import { Gateway } from './sections/Gateway';
import { Https } from './sections/Https';
import { Intro } from './sections/Intro';
import { Password } from './sections/Password';
import { Reaching } from './sections/Reaching';
import { ReverseProxy } from './sections/ReverseProxy';
import { Troubleshooting } from './sections/Troubleshooting';
import { TwoFactor } from './sections/TwoFactor';
import { WhereNext } from './sections/WhereNext';
import { snippets } from './snippets';
import { VERBATIM } from './verbatim';

const PAGE = getPage('accessAuth');
type Props = PageProps<'/[locale]/docs/monitor/access-auth'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata(PAGE, await localeParam(params));
}

export default async function AccessAuthPage({ params }: Props) {
  const locale = await localeParam(params);
  // In-page references: a link to the heading they name.
  const anchors = Object.fromEntries(Object.entries(ANCHORS).map(([tag, id]) => [tag, (chunks: ReactNode) => <a href={`#${id}`}>{chunks}</a>]));
  const t = await getText({
    namespace: 'docs.monitor.accessAuth',
    locale,
    values: { ...VERBATIM, ...menuLabels(locale) },
    tags: { ...(await linkTags(locale, LINKS)), ...anchors },
  });
  const toc: TocItem[] = OUTLINE.map((entry) => ({
    id: entry.id,
    title: t(entry.title),
    children: entry.children?.map((child) => ({ id: child.id, title: t(child.title) })),
  }));
  return (
    <DocPage page={PAGE} t={t} toc={toc} snippets={Object.values(snippets).map((s) => s.code)}>
      <Intro t={t} />
      <Reaching t={t} />
      <FirstLaunch t={t} />
      <Password t={t} />
      <TwoFactor t={t} />
      <ApiTokens t={t} />
      <Https t={t} />
      <Gateway t={t} />
      <ReverseProxy t={t} />
      <AuditLog t={t} />
      <Fail2Ban t={t} />
      <Troubleshooting t={t} />
      <WhereNext t={t} />
    </DocPage>
  );
}
