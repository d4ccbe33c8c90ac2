import { Callout } from '@/components/doc/Callout';
import { CopyableCode } from '@/components/doc/CopyableCode';
import { DocTable } from '@/components/doc/DocTable';
import { Figure } from '@/components/doc/Figure';
import { DocSection, Heading } from '@/components/doc/Heading';
import { SmartLink } from '@/components/doc/SmartLink';
import { getText } from '@/i18n/text';
import { ADD_ACCOUNT_WAYS, AUTHENTICATOR_APPS, CLOCKS, LOST_WAYS, SETUP_STEPS, type GuideText } from '../content';
import { heading, IDS } from '../outline';
import { figures } from '../figures';
import { snippets } from '../snippets';

export async function TwoFactor({ t }: { t: GuideText }) {
  const links = await getText({ namespace: 'links', locale: t.locale });
  return (
    <DocSection {...heading(t, IDS.twofa)}>
      <p>{t('twofa.intro')}</p>

      <Heading level={3} {...heading(t, IDS.apps)} />
      <p>{t('twofa.pickIntro')}</p>
      <DocTable
        label={t.string('twofa.pickTitle')}
        headers={[t('twofa.headerApp'), t('twofa.headerPlatforms'), t('twofa.headerAppNotes')]}
        rows={AUTHENTICATOR_APPS.map((app) => [
          <SmartLink key="name" href={app.href} external newTabLabel={links.string('newTab')}>
            {app.name}
          </SmartLink>,
          t(`twofa.apps.${app.id}.platforms`),
          t(`twofa.apps.${app.id}.notes`),
        ])}
      />
      <Callout variant="tip" title={t('twofa.backupTitle')}>
        <p>{t('twofa.backupBody')}</p>
      </Callout>

      <Heading level={3} {...heading(t, IDS.enable2fa)} />
      <Figure {...figures.twofaSetup} alt={t.string('twofa.setupImageAlt')} caption={t('twofa.setupImageCaption')} />
      <ol>
        {SETUP_STEPS.map((id) => (
          <li key={id}>
            {t(`twofa.setupSteps.${id}`)}
            {id === 'addAccount' ? (
              <ul>
                {ADD_ACCOUNT_WAYS.map((way) => (
                  <li key={way}>{t(`twofa.addAccountWays.${way}`)}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      <Callout variant="warning" title={t('twofa.testTitle')}>
        <p>{t('twofa.testBody')}</p>
      </Callout>

      <Heading level={3} {...heading(t, IDS.lostAuthenticator)} />
      <p>{t('twofa.lostIntro')}</p>
      <ol>
        {LOST_WAYS.map((id) => (
          <li key={id}>
            {t(`twofa.lostWays.${id}`)}
            {id === 'backupCode' ? <CopyableCode {...snippets.backupCodeUnlock} /> : null}
            {id === 'hostShell' ? <CopyableCode {...snippets.disableTotp} /> : null}
          </li>
        ))}
      </ol>
      <p>{t('twofa.lostShellOutro')}</p>

      <Heading level={3} {...heading(t, IDS.disable2fa)} />
      <p>{t('twofa.disableBody')}</p>

      <Callout variant="troubleshoot" title={t('twofa.rejectedTitle')}>
        <p>{t('twofa.rejectedIntro')}</p>
        <ul>
          {CLOCKS.map((id) => (
            <li key={id}>{t(`twofa.clocks.${id}`)}</li>
          ))}
        </ul>
        <p>{t('twofa.rejectedOutro')}</p>
      </Callout>
    </DocSection>
  );
}
