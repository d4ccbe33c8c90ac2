import { Callout } from '@/components/doc/Callout';
import { DocSection } from '@/components/doc/Heading';
import type { AccessAuthText } from '@/i18n/doc-text';
import { heading, IDS } from '../outline';
import { StepList } from './lists';

export function Https({ tx }: { tx: AccessAuthText }) {
  return (
    <DocSection {...heading(tx, IDS.https)}>
      <p>{tx.rich('https.intro')}</p>
      <StepList items={tx.list('https.items')} />
      <p>{tx.rich('https.serverBody')}</p>
      <Callout variant="warning" title={tx.rich('https.calloutTitle')}>
        <p>{tx.rich('https.calloutBody')}</p>
      </Callout>
    </DocSection>
  );
}
