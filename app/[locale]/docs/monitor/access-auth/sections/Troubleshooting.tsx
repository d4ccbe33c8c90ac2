import { Callout } from '@/components/doc/Callout';
import { CopyableCode } from '@/components/doc/CopyableCode';
import { DocSection } from '@/components/doc/Heading';
import type { GuideText } from '../content';
import { heading, IDS } from '../outline';
import { snippets } from '../snippets';

export function Troubleshooting({ t }: { t: GuideText }) {
  return (
    <DocSection {...heading(t, IDS.troubleshooting)}>
      <Callout variant="troubleshoot" title={t('troubleshoot.noScreenTitle')}>
        <p>{t('troubleshoot.noScreenBody')}</p>
        <CopyableCode {...snippets.resetAuthJson} />
        <p>{t('troubleshoot.noScreenOutro')}</p>
      </Callout>
      <Callout variant="troubleshoot" title={t('troubleshoot.tokenTitle')}>
        <p>{t('troubleshoot.tokenBody')}</p>
        <CopyableCode {...snippets.checkToken} />
        <p>{t('troubleshoot.tokenOutro')}</p>
      </Callout>
      <Callout variant="troubleshoot" title={t('troubleshoot.no2faTitle')}>
        <p>{t('troubleshoot.no2faBody')}</p>
      </Callout>
      <Callout variant="troubleshoot" title={t('troubleshoot.wsTitle')}>
        <p>{t('troubleshoot.wsBody')}</p>
      </Callout>
    </DocSection>
  );
}
