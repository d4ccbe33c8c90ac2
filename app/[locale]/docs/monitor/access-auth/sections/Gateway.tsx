import { Callout } from '@/components/doc/Callout';
import { DocSection } from '@/components/doc/Heading';
import type { AccessAuthText } from '@/i18n/doc-text';
import { heading, IDS } from '../outline';
import { StepList } from './lists';

export function Gateway({ tx }: { tx: AccessAuthText }) {
  return (
    <DocSection {...heading(tx, IDS.gateway)}>
      <p>{tx.rich('gateway.intro')}</p>
      <Callout variant="tip" title={tx.rich('gateway.calloutTitle')}>
        <p>{tx.rich('gateway.calloutBody')}</p>
      </Callout>
      <Callout variant="warning" title={tx.rich('gateway.natTitle')}>
        <p>{tx.rich('gateway.natBody')}</p>
      </Callout>
      <p>{tx.rich('gateway.deployBody')}</p>
      <StepList items={tx.list('gateway.deploySteps')} />
      <p>{tx.rich('gateway.approveBody')}</p>
      <p>{tx.rich('gateway.outro')}</p>
    </DocSection>
  );
}
