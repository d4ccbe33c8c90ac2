import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { getText, type Tags } from '@/i18n/text';
import { resolveDocsHref } from '@/lib/routes';
import { SmartLink } from './SmartLink';

/** Where a link tag of a page's messages leads: another docs page (in the reader's language) or an outside address. */
export type LinkTarget = { docs: string } | { external: string };

/**
 * A page's link tags, e.g. `<apiLink>…</apiLink>`, bound to their targets:
 * docs pages resolve per locale (on this site, or on the public docs host);
 * outside addresses open in a new tab, with an icon and a spoken hint.
 */
export async function linkTags(locale: Locale, targets: Record<string, LinkTarget>): Promise<Tags> {
  const newTab = (await getText({ namespace: 'links', locale })).string('newTab');
  return Object.fromEntries(
    Object.entries(targets).map(([name, target]) => {
      const { href, external } = 'docs' in target ? resolveDocsHref(target.docs, locale) : { href: target.external, external: true };
      const tag = (chunks: ReactNode) => (
        <SmartLink href={href} external={external} newTabLabel={newTab}>
          {chunks}
        </SmartLink>
      );
      return [name, tag];
    }),
  );
}
