import { CopyableCode } from '@/components/doc/CopyableCode';
import { DocSection } from '@/components/doc/Heading';
import type { AccessAuthText } from '@/i18n/doc-text';
import { heading, IDS } from '../outline';
import { snippets } from '../snippets';

export function Reaching({ tx }: { tx: AccessAuthText }) {
  return (
    <DocSection {...heading(tx, IDS.reaching)}>
      <p>{tx.rich('reaching.intro')}</p>
      <CopyableCode {...snippets.reachingUrls} />
      <p>{tx.rich('reaching.outro')}</p>
    </DocSection>
  );
}
