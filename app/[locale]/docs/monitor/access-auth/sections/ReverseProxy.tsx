import { Callout } from '@/components/doc/Callout';
import { CopyableCode } from '@/components/doc/CopyableCode';
import { DocSection, Heading } from '@/components/doc/Heading';
import type { GuideText } from '../content';
import { heading, IDS } from '../outline';
import { snippets } from '../snippets';

export function ReverseProxy({ t }: { t: GuideText }) {
  return (
    <DocSection {...heading(t, IDS.proxy)}>
      <p>{t('proxy.intro')}</p>
      <p>{t('proxy.upstreamBody')}</p>
      <p>{t('proxy.routesBody')}</p>
      <Callout variant="warning" title={t('proxy.webhookTitle')}>
        <p>{t('proxy.webhookBody')}</p>
      </Callout>

      <Heading level={3} {...heading(t, IDS.nginx)} />
      <CopyableCode {...snippets.nginx} />
      <p>{t('proxy.nginxBody')}</p>

      <Heading level={3} {...heading(t, IDS.caddy)} />
      <CopyableCode {...snippets.caddy} />
      <p>{t('proxy.caddyBody')}</p>

      <Heading level={3} {...heading(t, IDS.traefik)} />
      <CopyableCode {...snippets.traefik} />
      <p>{t('proxy.traefikBody')}</p>
      <p>{t('proxy.traefikTlsBody')}</p>

      <Heading level={3} {...heading(t, IDS.realClientIp)} />
      <p>{t('proxy.trustBody')}</p>
      {/* Closing the port comes first: the variable is only safe once it is done. */}
      <Callout variant="danger" title={t('proxy.firewallTitle')}>
        <p>{t('proxy.firewallBody')}</p>
      </Callout>
      <CopyableCode {...snippets.firewall} />
      <p>{t('proxy.firewallOutro')}</p>
      <p>{t('proxy.dropInBody')}</p>
      <CopyableCode {...snippets.trustProxy} />

      <Callout variant="warning" title={t('proxy.subPathTitle')}>
        <p>{t('proxy.subPathBody')}</p>
      </Callout>
    </DocSection>
  );
}
