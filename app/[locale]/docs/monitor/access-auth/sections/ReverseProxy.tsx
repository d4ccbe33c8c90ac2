import { Callout } from '@/components/doc/Callout';
import { CopyableCode } from '@/components/doc/CopyableCode';
import { DocSection, Heading } from '@/components/doc/Heading';
import type { AccessAuthText } from '@/i18n/doc-text';
import { snippets } from '../snippets';

export function ReverseProxy({ tx }: { tx: AccessAuthText }) {
  return (
    <DocSection id="reverse-proxy" {...tx.heading('proxy.heading')}>
      <p>{tx.rich('proxy.intro')}</p>

      <Heading level={3} id="nginx" {...tx.heading('proxy.nginxTitle')} />
      <CopyableCode {...snippets.nginx} />

      <Heading level={3} id="caddy" {...tx.heading('proxy.caddyTitle')} />
      <CopyableCode {...snippets.caddy} />

      <Heading level={3} id="traefik" {...tx.heading('proxy.traefikTitle')} />
      <CopyableCode {...snippets.traefik} />
      <p>{tx.rich('proxy.traefikBody')}</p>

      <Heading level={3} id="real-client-ip" {...tx.heading('proxy.trustTitle')} />
      <p>{tx.rich('proxy.trustBody')}</p>
      <CopyableCode {...snippets.trustProxy} />

      <Callout variant="tip" title={tx.rich('proxy.subPathTitle')}>
        <p>{tx.rich('proxy.subPathBody')}</p>
      </Callout>
    </DocSection>
  );
}
