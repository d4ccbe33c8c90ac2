import { Callout } from '@/components/doc/Callout';
import { CopyableCode } from '@/components/doc/CopyableCode';
import { DocTable } from '@/components/doc/DocTable';
import { Figure } from '@/components/doc/Figure';
import { DocSection, Heading } from '@/components/doc/Heading';
import type { AccessAuthText } from '@/i18n/doc-text';
import { heading, IDS } from '../outline';
import { figures } from '../figures';
import { snippets } from '../snippets';
import { BulletList } from './lists';

export function Password({ tx }: { tx: AccessAuthText }) {
  return (
    <DocSection {...heading(tx, IDS.password)}>
      <p>{tx.rich('password.intro')}</p>
      <BulletList items={tx.list('password.items')} />
      <Figure {...figures.login} alt={tx.text('password.loginImageAlt')} caption={tx.rich('password.loginImageCaption')} />
      <Callout variant="warning" title={tx.rich('password.rememberTitle')}>
        <p>{tx.rich('password.rememberBody')}</p>
      </Callout>

      <Heading level={3} {...heading(tx, IDS.loginFlow)} />
      <CopyableCode {...snippets.login} />
      <CopyableCode {...snippets.loginResponse} />
      <p>{tx.rich('password.twofaIntro')}</p>
      <CopyableCode {...snippets.loginTotp} />
      <p>{tx.rich('password.rateLimitBody')}</p>

      <Heading level={3} {...heading(tx, IDS.publicEndpoints)} />
      <p>{tx.rich('password.publicIntro')}</p>
      <BulletList items={tx.list('password.publicItems')} />
      <p>{tx.rich('password.publicOutro')}</p>

      <Heading level={3} {...heading(tx, IDS.securityModel)} />
      <p>{tx.rich('password.cryptoIntro')}</p>
      <DocTable
        label={tx.text('password.cryptoTitle')}
        headers={[tx.rich('password.headerAsset'), tx.rich('password.headerAlgo'), tx.rich('password.headerWhere')]}
        rows={tx.rows('password.cryptoRows').map((row) => [
          <strong key="asset">{row.rich('asset')}</strong>,
          row.rich('algorithm'),
          row.rich('where'),
        ])}
      />
      <Callout variant="info" title={tx.rich('password.authJsonTitle')}>
        <p>{tx.rich('password.authJsonBody')}</p>
      </Callout>
      <Callout variant="warning" title={tx.rich('password.rotateTitle')}>
        <p>{tx.rich('password.rotateBody')}</p>
      </Callout>

      <Heading level={3} {...heading(tx, IDS.recoverPassword)} />
      <p>{tx.rich('password.recoverIntro')}</p>
      <CopyableCode {...snippets.resetPassword} />
      <Callout variant="info" title={tx.rich('password.survivesTitle')}>
        <p>{tx.rich('password.survivesBody')}</p>
      </Callout>
      <Callout variant="warning" title={tx.rich('password.physicalTitle')}>
        <p>{tx.rich('password.physicalBody')}</p>
      </Callout>
    </DocSection>
  );
}
