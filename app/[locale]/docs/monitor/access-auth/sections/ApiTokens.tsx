import { Callout } from '@/components/doc/Callout';
import { CopyableCode } from '@/components/doc/CopyableCode';
import { Figure } from '@/components/doc/Figure';
import { DocSection, Heading } from '@/components/doc/Heading';
import { TOKEN_HABITS, TOKEN_STEPS, type GuideText } from '../content';
import { heading, IDS } from '../outline';
import { figures } from '../figures';
import { snippets } from '../snippets';

export function ApiTokens({ t }: { t: GuideText }) {
  return (
    <DocSection {...heading(t, IDS.apiTokens)}>
      <p>{t('apiTokens.intro')}</p>
      <Callout variant="warning" title={t('apiTokens.scopeTitle')}>
        <p>{t('apiTokens.scopeBody')}</p>
      </Callout>
      <Figure {...figures.apiTokens} alt={t.string('apiTokens.imageAlt')} caption={t('apiTokens.imageCaption')} />

      <Heading level={3} {...heading(t, IDS.generateToken)} />
      <p>{t('apiTokens.generateIntro')}</p>
      <ol>
        {TOKEN_STEPS.map((id) => (
          <li key={id}>{t(`apiTokens.generateSteps.${id}`)}</li>
        ))}
      </ol>
      <p>{t('apiTokens.generateCli')}</p>
      <CopyableCode {...snippets.generateToken} />
      <CopyableCode {...snippets.generateTokenResponse} />

      <Heading level={3} {...heading(t, IDS.useToken)} />
      <CopyableCode {...snippets.useToken} />

      <Heading level={3} {...heading(t, IDS.revokeToken)} />
      <p>{t('apiTokens.revokeBody')}</p>
      <CopyableCode {...snippets.revokeToken} />
      <Callout variant="tip" title={t('apiTokens.cheatTitle')}>
        <ul>
          {TOKEN_HABITS.map((id) => (
            <li key={id}>{t(`apiTokens.habits.${id}`)}</li>
          ))}
        </ul>
      </Callout>
      <p>{t('apiTokens.outro')}</p>
    </DocSection>
  );
}
