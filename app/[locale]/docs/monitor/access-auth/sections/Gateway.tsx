import { Callout } from '@/components/doc/Callout';
import { DocSection } from '@/components/doc/Heading';
import { GATEWAY_STEPS, type GuideText } from '../content';
import { heading, IDS } from '../outline';

export function Gateway({ t }: { t: GuideText }) {
  return (
    <DocSection {...heading(t, IDS.gateway)}>
      <p>{t('gateway.intro')}</p>
      <Callout variant="tip" title={t('gateway.calloutTitle')}>
        <p>{t('gateway.calloutBody')}</p>
      </Callout>
      <Callout variant="warning" title={t('gateway.natTitle')}>
        <p>{t('gateway.natBody')}</p>
      </Callout>
      <p>{t('gateway.deployBody')}</p>
      <ol>
        {GATEWAY_STEPS.map((id) => (
          <li key={id}>{t(`gateway.deploySteps.${id}`)}</li>
        ))}
      </ol>
      <p>{t('gateway.approveBody')}</p>
      <p>{t('gateway.outro')}</p>
    </DocSection>
  );
}
