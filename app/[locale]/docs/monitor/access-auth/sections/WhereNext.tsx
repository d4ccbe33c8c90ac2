import { DocSection } from '@/components/doc/Heading';
import { SmartLink } from '@/components/doc/SmartLink';
import type { AccessAuthText } from '@/i18n/doc-text';
import { heading, IDS } from '../outline';
import { resolveDocsHref } from '@/lib/routes';

export function WhereNext({ tx }: { tx: AccessAuthText }) {
  return (
    <DocSection {...heading(tx, IDS.whereNext)}>
      <ul>
        {tx.rows('whereNext.items').map((item) => {
          const { href, external } = resolveDocsHref(item.text('href'), tx.locale);
          return (
            <li key={item.index}>
              <SmartLink href={href} external={external} newTabLabel={tx.newTabLabel}>
                {item.rich('label')}
              </SmartLink>
              {item.rich('tail')}
            </li>
          );
        })}
      </ul>
    </DocSection>
  );
}
