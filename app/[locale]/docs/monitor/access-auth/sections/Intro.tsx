import { Callout } from '@/components/doc/Callout';
import type { AccessAuthText } from '@/i18n/doc-text';

export function Intro({ tx }: { tx: AccessAuthText }) {
  return (
    <Callout variant="info" title={tx.rich('intro.title')}>
      <p>{tx.rich('intro.body')}</p>
    </Callout>
  );
}
