import { Callout } from '@/components/doc/Callout';
import { CopyableCode } from '@/components/doc/CopyableCode';
import { DocSection, Heading } from '@/components/doc/Heading';
import type { AccessAuthText } from '@/i18n/doc-text';
import { heading, IDS } from '../outline';
import { snippets } from '../snippets';

export function ReverseProxy({ tx }: { tx: AccessAuthText }) {
  return (
    <DocSection {...heading(tx, IDS.proxy)}>
      <p>{tx.rich('proxy.intro')}</p>

      <Heading level={3} {...heading(tx, IDS.nginx)} />
      <CopyableCode {...snippets.nginx} />
      <p>{tx.rich('proxy.nginxBody')}</p>

      <Heading level={3} {...heading(tx, IDS.caddy)} />
      <CopyableCode {...snippets.caddy} />
      <p>{tx.rich('proxy.caddyBody')}</p>

      <Heading level={3} {...heading(tx, IDS.traefik)} />
      <CopyableCode {...snippets.traefik} />
      <p>{tx.rich('proxy.traefikBody')}</p>

      <Heading level={3} {...heading(tx, IDS.realClientIp)} />
      <p>{tx.rich('proxy.trustBody')}</p>
      {/* Closing the port comes first: the variable is only safe once it is done. */}
      <Callout variant="danger" title={tx.rich('proxy.firewallTitle')}>
        <p>{tx.rich('proxy.firewallBody')}</p>
      </Callout>
      <CopyableCode {...snippets.firewall} />
      <p>{tx.rich('proxy.firewallOutro')}</p>
      <p>{tx.rich('proxy.dropInBody')}</p>
      <CopyableCode {...snippets.trustProxy} />

      <Callout variant="warning" title={tx.rich('proxy.subPathTitle')}>
        <p>{tx.rich('proxy.subPathBody')}</p>
      </Callout>
    </DocSection>
  );
}
