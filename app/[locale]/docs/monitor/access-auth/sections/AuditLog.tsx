import { CopyableCode } from '@/components/doc/CopyableCode';
import { DocSection } from '@/components/doc/Heading';
import type { AccessAuthText } from '@/i18n/doc-text';
import { heading, IDS } from '../outline';
import { snippets } from '../snippets';

export function AuditLog({ tx }: { tx: AccessAuthText }) {
  return (
    <DocSection {...heading(tx, IDS.audit)}>
      <p>{tx.rich('audit.intro')}</p>
      <CopyableCode {...snippets.auditLog} />
      <p>{tx.rich('audit.outro')}</p>
      <p>{tx.rich('audit.rotateBody')}</p>
      <CopyableCode {...snippets.logrotate} />
    </DocSection>
  );
}
