import { Callout } from '@/components/doc/Callout';
import { DocSection } from '@/components/doc/Heading';
import { JAIL_FACTS, type GuideText } from '../content';
import { heading, IDS } from '../outline';

export function Fail2Ban({ t }: { t: GuideText }) {
  return (
    <DocSection {...heading(t, IDS.fail2ban)}>
      <Callout variant="info" title={t('fail2ban.calloutTitle')}>
        <p>{t('fail2ban.calloutBody')}</p>
      </Callout>
      <p>{t('fail2ban.intro')}</p>
      <ul>
        {JAIL_FACTS.map((id) => (
          <li key={id}>{t(`fail2ban.jail.${id}`)}</li>
        ))}
      </ul>
      <p>{t('fail2ban.outro')}</p>
    </DocSection>
  );
}
