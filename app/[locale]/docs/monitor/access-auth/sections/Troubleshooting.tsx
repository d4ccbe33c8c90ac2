import { Callout } from '@/components/doc/Callout';
import { CopyableCode } from '@/components/doc/CopyableCode';
import { DocSection } from '@/components/doc/Heading';
import type { AccessAuthText } from '@/i18n/doc-text';
import { heading, IDS } from '../outline';
import { snippets } from '../snippets';

export function Troubleshooting({ tx }: { tx: AccessAuthText }) {
  return (
    <DocSection {...heading(tx, IDS.troubleshooting)}>
      <Callout variant="troubleshoot" title={tx.rich('troubleshoot.noScreenTitle')}>
        <p>{tx.rich('troubleshoot.noScreenBody')}</p>
        <CopyableCode {...snippets.resetAuthJson} />
        <p>{tx.rich('troubleshoot.noScreenOutro')}</p>
      </Callout>
      <Callout variant="troubleshoot" title={tx.rich('troubleshoot.tokenTitle')}>
        <p>{tx.rich('troubleshoot.tokenBody')}</p>
        <CopyableCode {...snippets.checkToken} />
        <p>{tx.rich('troubleshoot.tokenOutro')}</p>
      </Callout>
      <Callout variant="troubleshoot" title={tx.rich('troubleshoot.no2faTitle')}>
        <p>{tx.rich('troubleshoot.no2faBody')}</p>
      </Callout>
      <Callout variant="troubleshoot" title={tx.rich('troubleshoot.wsTitle')}>
        <p>{tx.rich('troubleshoot.wsBody')}</p>
      </Callout>
    </DocSection>
  );
}
