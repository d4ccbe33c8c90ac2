import { Callout } from '@/components/doc/Callout';
import { DocTable } from '@/components/doc/DocTable';
import { Figure } from '@/components/doc/Figure';
import { DocSection, Heading } from '@/components/doc/Heading';
import type { AccessAuthText } from '@/i18n/doc-text';
import { heading, IDS } from '../outline';
import { figures } from '../figures';

export function FirstLaunch({ tx }: { tx: AccessAuthText }) {
  return (
    <DocSection {...heading(tx, IDS.firstLaunch)}>
      <p>{tx.rich('firstLaunch.intro')}</p>
      <Figure {...figures.firstLaunch} alt={tx.text('firstLaunch.imageAlt')} caption={tx.rich('firstLaunch.imageCaption')} />
      <DocTable
        label={tx.text('firstLaunch.heading')}
        headers={[tx.rich('firstLaunch.headerButton'), tx.rich('firstLaunch.headerWhat'), tx.rich('firstLaunch.headerApi')]}
        rows={tx.rows('firstLaunch.rows').map((row) => [
          <strong key="button">{row.rich('button')}</strong>,
          row.rich('what'),
          <code key="api">{row.rich('api')}</code>,
        ])}
      />
      <Callout variant="info" title={tx.rich('firstLaunch.twofaCalloutTitle')}>
        <p>{tx.rich('firstLaunch.twofaCalloutBody')}</p>
      </Callout>
      <Callout variant="warning" title={tx.rich('firstLaunch.claimTitle')}>
        <p>{tx.rich('firstLaunch.claimBody')}</p>
      </Callout>

      <Heading level={3} {...heading(tx, IDS.createUser)} />
      <p>{tx.rich('firstLaunch.createIntro')}</p>
      <DocTable
        label={tx.text('firstLaunch.createTitle')}
        headers={[tx.rich('firstLaunch.headerField'), tx.rich('firstLaunch.headerRequired'), tx.rich('firstLaunch.headerNotes')]}
        rows={tx.rows('firstLaunch.fieldRows').map((row) => [
          <strong key="field">{row.rich('field')}</strong>,
          row.rich('required'),
          row.rich('notes'),
        ])}
      />
      <Figure {...figures.createUser} alt={tx.text('firstLaunch.createImageAlt')} caption={tx.rich('firstLaunch.createImageCaption')} />
      <Callout variant="info" title={tx.rich('firstLaunch.saveCalloutTitle')}>
        <p>{tx.rich('firstLaunch.saveCalloutBody')}</p>
      </Callout>

      <Heading level={3} {...heading(tx, IDS.avatar)} />
      <p>{tx.rich('firstLaunch.avatarBody1')}</p>
      <p>{tx.rich('firstLaunch.avatarBody2')}</p>
      <Figure {...figures.profile} alt={tx.text('firstLaunch.profileImageAlt')} caption={tx.rich('firstLaunch.profileImageCaption')} />
      <DocTable
        label={tx.text('firstLaunch.avatarTitle')}
        headers={[tx.rich('firstLaunch.headerEndpoint'), tx.rich('firstLaunch.headerEpWhat')]}
        rows={tx.rows('firstLaunch.endpointRows').map((row) => [<code key="endpoint">{row.rich('endpoint')}</code>, row.rich('what')])}
      />
      <Callout variant="warning" title={tx.rich('firstLaunch.reversibleTitle')}>
        <p>{tx.rich('firstLaunch.reversibleBody')}</p>
      </Callout>
    </DocSection>
  );
}
