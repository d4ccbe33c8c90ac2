import type { ReactNode } from 'react';
import type { RichTagName } from '@/lib/catalog/tags';
import { DOCS_LINKS, resolveDocsHref } from '@/lib/routes';
import { SmartLink } from './SmartLink';

export type RichTags = Record<RichTagName, (chunks: ReactNode) => ReactNode>;

/**
 * The one binding of catalog tags to elements, shared by every message of
 * every page. Link tags resolve per locale; external ones open in a new tab.
 */
export function createRichTags(locale: string, newTabLabel: string): RichTags {
  const docsLink = (path: string) => {
    const DocsLink = (chunks: ReactNode) => {
      const { href, external } = resolveDocsHref(path, locale);
      return (
        <SmartLink href={href} external={external} newTabLabel={newTabLabel}>
          {chunks}
        </SmartLink>
      );
    };
    return DocsLink;
  };
  const externalLink = (href: string) => {
    const ExternalTag = (chunks: ReactNode) => (
      <SmartLink href={href} external newTabLabel={newTabLabel}>
        {chunks}
      </SmartLink>
    );
    return ExternalTag;
  };
  return {
    code: (chunks) => <code>{chunks}</code>,
    strong: (chunks) => <strong>{chunks}</strong>,
    em: (chunks) => <em>{chunks}</em>,
    apiLink: docsLink(DOCS_LINKS.api),
    intLink: docsLink(DOCS_LINKS.integrations),
    gatewayLink: docsLink(DOCS_LINKS.gateway),
    fail2banLink: docsLink(DOCS_LINKS.fail2ban),
    tailscaleLink: externalLink('https://tailscale.com/'),
    tsKeysLink: externalLink('https://login.tailscale.com/admin/settings/keys'),
  };
}
