import { CopyableCode } from '@/components/doc/CopyableCode';
import { DocSection } from '@/components/doc/Heading';
import type { GuideText } from '../content';
import { heading, IDS } from '../outline';
import { snippets } from '../snippets';

export function Reaching({ t }: { t: GuideText }) {
  return (
    <DocSection {...heading(t, IDS.reaching)}>
      <p>{t('reaching.intro')}</p>
      <CopyableCode {...snippets.reachingUrls} />
      <p>{t('reaching.outro')}</p>
    </DocSection>
  );
}
