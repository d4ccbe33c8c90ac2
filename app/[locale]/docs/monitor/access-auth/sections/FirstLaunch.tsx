import { Callout } from '@/components/doc/Callout';
import { DocTable } from '@/components/doc/DocTable';
import { Figure } from '@/components/doc/Figure';
import { DocSection, Heading } from '@/components/doc/Heading';
import { FIRST_LAUNCH_CHOICES, PROFILE_ENDPOINTS, SETUP_FIELDS, type GuideText } from '../content';
import { figures } from '../figures';
import { heading, IDS } from '../outline';

export function FirstLaunch({ t }: { t: GuideText }) {
  return (
    <DocSection {...heading(t, IDS.firstLaunch)}>
      <p>{t('firstLaunch.intro')}</p>
      <Figure {...figures.firstLaunch} alt={t.string('firstLaunch.imageAlt')} caption={t('firstLaunch.imageCaption')} />
      <DocTable
        label={t.string('firstLaunch.heading')}
        headers={[t('firstLaunch.headerButton'), t('firstLaunch.headerWhat'), t('firstLaunch.headerApi')]}
        rows={FIRST_LAUNCH_CHOICES.map((choice) => [
          <strong key="button">{choice.button}</strong>,
          t(`firstLaunch.choices.${choice.id}.what`),
          choice.routes.map((route, i) => (
            <span key={route}>
              {i > 0 ? ' · ' : null}
              <code>{route}</code>
            </span>
          )),
        ])}
      />
      <Callout variant="info" title={t('firstLaunch.twofaCalloutTitle')}>
        <p>{t('firstLaunch.twofaCalloutBody')}</p>
      </Callout>
      <Callout variant="warning" title={t('firstLaunch.claimTitle')}>
        <p>{t('firstLaunch.claimBody')}</p>
      </Callout>

      <Heading level={3} {...heading(t, IDS.createUser)} />
      <p>{t('firstLaunch.createIntro')}</p>
      <DocTable
        label={t.string('firstLaunch.createTitle')}
        headers={[t('firstLaunch.headerField'), t('firstLaunch.headerRequired'), t('firstLaunch.headerNotes')]}
        rows={SETUP_FIELDS.map((field) => [
          <strong key="field">{field.label}</strong>,
          field.required ? t('firstLaunch.requiredYes') : t('firstLaunch.requiredNo'),
          t(`firstLaunch.fields.${field.id}.notes`),
        ])}
      />
      <Figure {...figures.createUser} alt={t.string('firstLaunch.createImageAlt')} caption={t('firstLaunch.createImageCaption')} />
      <Callout variant="info" title={t('firstLaunch.saveCalloutTitle')}>
        <p>{t('firstLaunch.saveCalloutBody')}</p>
      </Callout>

      <Heading level={3} {...heading(t, IDS.avatar)} />
      <p>{t('firstLaunch.avatarBody1')}</p>
      <p>{t('firstLaunch.avatarBody2')}</p>
      <Figure {...figures.profile} alt={t.string('firstLaunch.profileImageAlt')} caption={t('firstLaunch.profileImageCaption')} />
      <DocTable
        label={t.string('firstLaunch.avatarTitle')}
        headers={[t('firstLaunch.headerEndpoint'), t('firstLaunch.headerEpWhat')]}
        rows={PROFILE_ENDPOINTS.map((endpoint) => [<code key="route">{endpoint.route}</code>, t(`firstLaunch.endpoints.${endpoint.id}.what`)])}
      />
      <Callout variant="warning" title={t('firstLaunch.reversibleTitle')}>
        <p>{t('firstLaunch.reversibleBody')}</p>
      </Callout>
    </DocSection>
  );
}
