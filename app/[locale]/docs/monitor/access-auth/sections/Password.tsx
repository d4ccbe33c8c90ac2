import { Callout } from '@/components/doc/Callout';
import { CopyableCode } from '@/components/doc/CopyableCode';
import { DocTable } from '@/components/doc/DocTable';
import { Figure } from '@/components/doc/Figure';
import { DocSection, Heading } from '@/components/doc/Heading';
import { CRYPTO_ROWS, PUBLIC_ROUTES, TOKEN_KINDS, type GuideText } from '../content';
import { heading, IDS } from '../outline';
import { figures } from '../figures';
import { snippets } from '../snippets';

export function Password({ t }: { t: GuideText }) {
  return (
    <DocSection {...heading(t, IDS.password)}>
      <p>{t('password.intro')}</p>
      <ul>
        {TOKEN_KINDS.map((id) => (
          <li key={id}>{t(`password.tokenKinds.${id}`)}</li>
        ))}
      </ul>
      <Figure {...figures.login} alt={t.string('password.loginImageAlt')} caption={t('password.loginImageCaption')} />
      <Callout variant="warning" title={t('password.rememberTitle')}>
        <p>{t('password.rememberBody')}</p>
      </Callout>

      <Heading level={3} {...heading(t, IDS.loginFlow)} />
      <CopyableCode {...snippets.login} />
      <CopyableCode {...snippets.loginResponse} />
      <p>{t('password.twofaIntro')}</p>
      <CopyableCode {...snippets.loginTotp} />
      <p>{t('password.rateLimitBody')}</p>

      <Heading level={3} {...heading(t, IDS.publicEndpoints)} />
      <p>{t('password.publicIntro')}</p>
      <ul>
        {PUBLIC_ROUTES.map((id) => (
          <li key={id}>{t(`password.publicRoutes.${id}`)}</li>
        ))}
      </ul>
      <p>{t('password.publicOutro')}</p>
      <p>{t('password.publicMoreBody')}</p>

      <Heading level={3} {...heading(t, IDS.securityModel)} />
      <p>{t('password.cryptoIntro')}</p>
      <DocTable
        label={t.string('password.cryptoTitle')}
        headers={[t('password.headerAsset'), t('password.headerAlgo'), t('password.headerWhere')]}
        rows={CRYPTO_ROWS.map((id) => [
          <strong key="asset">{t(`password.crypto.${id}.asset`)}</strong>,
          t(`password.crypto.${id}.algorithm`),
          t(`password.crypto.${id}.where`),
        ])}
      />
      <Callout variant="info" title={t('password.authJsonTitle')}>
        <p>{t('password.authJsonBody')}</p>
      </Callout>
      <Callout variant="warning" title={t('password.rotateTitle')}>
        <p>{t('password.rotateBody')}</p>
      </Callout>

      <Heading level={3} {...heading(t, IDS.recoverPassword)} />
      <p>{t('password.recoverIntro')}</p>
      <CopyableCode {...snippets.resetPassword} />
      <Callout variant="info" title={t('password.survivesTitle')}>
        <p>{t('password.survivesBody')}</p>
      </Callout>
      <Callout variant="warning" title={t('password.physicalTitle')}>
        <p>{t('password.physicalBody')}</p>
      </Callout>
    </DocSection>
  );
}
