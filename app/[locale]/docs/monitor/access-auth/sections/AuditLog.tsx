import { CopyableCode } from '@/components/doc/CopyableCode';
import { DocSection } from '@/components/doc/Heading';
import type { GuideText } from '../content';
import { heading, IDS } from '../outline';
import { snippets } from '../snippets';

export function AuditLog({ t }: { t: GuideText }) {
  return (
    <DocSection {...heading(t, IDS.audit)}>
      <p>{t('audit.intro')}</p>
      <CopyableCode {...snippets.auditLog} />
      <p>{t('audit.outro')}</p>
      <p>{t('audit.addressesBody')}</p>
      <p>{t('audit.journalBody')}</p>
      <p>{t('audit.rotateBody')}</p>
      <CopyableCode {...snippets.logrotate} />
    </DocSection>
  );
}
