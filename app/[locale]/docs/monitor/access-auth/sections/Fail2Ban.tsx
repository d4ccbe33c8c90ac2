import { Callout } from '@/components/doc/Callout';
import { DocSection } from '@/components/doc/Heading';
import type { AccessAuthText } from '@/i18n/doc-text';
import { heading, IDS } from '../outline';
import { BulletList } from './lists';

export function Fail2Ban({ tx }: { tx: AccessAuthText }) {
  return (
    <DocSection {...heading(tx, IDS.fail2ban)}>
      <Callout variant="info" title={tx.rich('fail2ban.calloutTitle')}>
        <p>{tx.rich('fail2ban.calloutBody')}</p>
      </Callout>
      <p>{tx.rich('fail2ban.intro')}</p>
      <BulletList items={tx.list('fail2ban.items')} />
      <p>{tx.rich('fail2ban.outro')}</p>
    </DocSection>
  );
}
