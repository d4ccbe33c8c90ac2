import { Callout } from '@/components/doc/Callout';
import { CopyableCode } from '@/components/doc/CopyableCode';
import { DocTable } from '@/components/doc/DocTable';
import { Figure } from '@/components/doc/Figure';
import { DocSection, Heading } from '@/components/doc/Heading';
import { SmartLink } from '@/components/doc/SmartLink';
import type { AccessAuthText } from '@/i18n/doc-text';
import { heading, IDS } from '../outline';
import { figures } from '../figures';
import { snippets } from '../snippets';
import { BulletList, StepList } from './lists';

/** Step 4 of the setup ("add the account to your app") has two ways to do it. */
const ADD_ACCOUNT_STEP = 3;
/** The shell fix follows the third way back in. */
const SHELL_FIX_ITEM = 2;

export function TwoFactor({ tx }: { tx: AccessAuthText }) {
  return (
    <DocSection {...heading(tx, IDS.twofa)}>
      <p>{tx.rich('twofa.intro')}</p>

      <Heading level={3} {...heading(tx, IDS.apps)} />
      <p>{tx.rich('twofa.pickIntro')}</p>
      <DocTable
        label={tx.text('twofa.pickTitle')}
        headers={[tx.rich('twofa.headerApp'), tx.rich('twofa.headerPlatforms'), tx.rich('twofa.headerAppNotes')]}
        rows={tx.rows('twofa.apps').map((app) => [
          <SmartLink key="name" href={app.text('href')} external newTabLabel={tx.newTabLabel}>
            {app.rich('name')}
          </SmartLink>,
          app.rich('platforms'),
          app.rich('notes'),
        ])}
      />
      <Callout variant="tip" title={tx.rich('twofa.backupTitle')}>
        <p>{tx.rich('twofa.backupBody')}</p>
      </Callout>

      <Heading level={3} {...heading(tx, IDS.enable2fa)} />
      <Figure {...figures.twofaSetup} alt={tx.text('twofa.setupImageAlt')} caption={tx.rich('twofa.setupImageCaption')} />
      <StepList items={tx.list('twofa.setupSteps')}>
        {(i) => (i === ADD_ACCOUNT_STEP ? <BulletList items={tx.list('twofa.setupStep4Sub')} /> : null)}
      </StepList>
      <Callout variant="warning" title={tx.rich('twofa.testTitle')}>
        <p>{tx.rich('twofa.testBody')}</p>
      </Callout>

      <Heading level={3} {...heading(tx, IDS.lostAuthenticator)} />
      <p>{tx.rich('twofa.lostIntro')}</p>
      <StepList items={tx.list('twofa.lostItems')}>
        {(i) => (i === SHELL_FIX_ITEM ? <CopyableCode {...snippets.disableTotp} /> : null)}
      </StepList>
      <p>{tx.rich('twofa.lostShellOutro')}</p>

      <Heading level={3} {...heading(tx, IDS.disable2fa)} />
      <p>{tx.rich('twofa.disableBody')}</p>

      <Callout variant="troubleshoot" title={tx.rich('twofa.rejectedTitle')}>
        <p>{tx.rich('twofa.rejectedIntro')}</p>
        <BulletList items={tx.list('twofa.rejectedItems')} />
        <p>{tx.rich('twofa.rejectedOutro')}</p>
      </Callout>
    </DocSection>
  );
}
