import { Callout } from '@/components/doc/Callout';
import { CopyableCode } from '@/components/doc/CopyableCode';
import { Figure } from '@/components/doc/Figure';
import { DocSection, Heading } from '@/components/doc/Heading';
import type { AccessAuthText } from '@/i18n/doc-text';
import { heading, IDS } from '../outline';
import { figures } from '../figures';
import { snippets } from '../snippets';
import { BulletList, StepList } from './lists';

export function ApiTokens({ tx }: { tx: AccessAuthText }) {
  return (
    <DocSection {...heading(tx, IDS.apiTokens)}>
      <p>{tx.rich('apiTokens.intro')}</p>
      <Callout variant="warning" title={tx.rich('apiTokens.scopeTitle')}>
        <p>{tx.rich('apiTokens.scopeBody')}</p>
      </Callout>
      <Figure {...figures.apiTokens} alt={tx.text('apiTokens.imageAlt')} caption={tx.rich('apiTokens.imageCaption')} />

      <Heading level={3} {...heading(tx, IDS.generateToken)} />
      <p>{tx.rich('apiTokens.generateIntro')}</p>
      <StepList items={tx.list('apiTokens.generateSteps')} />
      <p>{tx.rich('apiTokens.generateCli')}</p>
      <CopyableCode {...snippets.generateToken} />
      <CopyableCode {...snippets.generateTokenResponse} />

      <Heading level={3} {...heading(tx, IDS.useToken)} />
      <CopyableCode {...snippets.useToken} />

      <Heading level={3} {...heading(tx, IDS.revokeToken)} />
      <p>{tx.rich('apiTokens.revokeBody')}</p>
      <CopyableCode {...snippets.revokeToken} />
      <Callout variant="tip" title={tx.rich('apiTokens.cheatTitle')}>
        <BulletList items={tx.list('apiTokens.cheatItems')} />
      </Callout>
      <p>{tx.rich('apiTokens.outro')}</p>
    </DocSection>
  );
}
