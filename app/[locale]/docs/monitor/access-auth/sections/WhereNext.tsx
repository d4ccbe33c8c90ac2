import { DocSection } from '@/components/doc/Heading';
import { SmartLink } from '@/components/doc/SmartLink';
import { getText } from '@/i18n/text';
import { resolveDocsHref } from '@/lib/routes';
import { WHERE_NEXT, type GuideText } from '../content';
import { heading, IDS } from '../outline';

export async function WhereNext({ t }: { t: GuideText }) {
  const links = await getText({ namespace: 'links', locale: t.locale });
  return (
    <DocSection {...heading(t, IDS.whereNext)}>
      <ul>
        {WHERE_NEXT.map((item) => {
          const { href, external } = resolveDocsHref(item.docs, t.locale);
          return (
            <li key={item.id}>
              <SmartLink href={href} external={external} newTabLabel={links.string('newTab')}>
                {t(`whereNext.links.${item.id}.label`)}
              </SmartLink>
              {t(`whereNext.links.${item.id}.tail`)}
            </li>
          );
        })}
      </ul>
    </DocSection>
  );
}
