import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import type { Tags } from '@/i18n/text';
import type { LinkTarget } from '@/lib/document/model';
import { resolveDocsHref } from '@/lib/routes';
import { SmartLink } from './SmartLink';

/** Where a link target leads for a reader of this language, and whether it leaves the site. */
export function linkHref(target: LinkTarget, locale: Locale): { href: string; external: boolean } {
  if ('section' in target) return { href: `#${target.section}`, external: false };
  if ('docs' in target) return resolveDocsHref(target.docs, locale);
  return { href: target.external, external: true };
}

/**
 * A page's link tags, e.g. `<apiLink>…</apiLink>`, bound to their targets:
 * headings of the same page by their id, docs pages per locale (on this
 * site, or on the public docs host);
 * outside addresses open in a new tab, with an icon and a spoken hint.
 */
export function linkTags(locale: Locale, targets: Readonly<Record<string, LinkTarget>>, newTab: string): Tags {
  return Object.fromEntries(
    Object.entries(targets).map(([name, target]) => {
      const { href, external } = linkHref(target, locale);
      const tag = (chunks: ReactNode) => (
        <SmartLink href={href} external={external} newTabLabel={newTab}>
          {chunks}
        </SmartLink>
      );
      return [name, tag];
    }),
  );
}
