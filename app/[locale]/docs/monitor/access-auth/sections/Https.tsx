import { Callout } from '@/components/doc/Callout';
import { DocSection } from '@/components/doc/Heading';
import { HTTPS_WAYS, type GuideText } from '../content';
import { heading, IDS } from '../outline';

export function Https({ t }: { t: GuideText }) {
  return (
    <DocSection {...heading(t, IDS.https)}>
      <p>{t('https.intro')}</p>
      <ol>
        {HTTPS_WAYS.map((id) => (
          <li key={id}>{t(`https.ways.${id}`)}</li>
        ))}
      </ol>
      <p>{t('https.serverBody')}</p>
      <Callout variant="warning" title={t('https.calloutTitle')}>
        <p>{t('https.calloutBody')}</p>
      </Callout>
    </DocSection>
  );
}
