import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import type { Tags } from '@/i18n/text';
import type { LinkTarget } from '@/lib/document/model';
import { linkHref } from '@/lib/document/resolve';
import { SmartLink } from './SmartLink';

/**
 * A page's link tags, e.g. `<apiLink>…</apiLink>`, bound to their targets:
 * headings of the same page by their id, docs pages per locale (on this
 * site, or on the public docs host, marked when not in the reader's
 * language); other sites open in a new tab, with an icon and a spoken hint.
 */
export function linkTags(locale: Locale, targets: Readonly<Record<string, LinkTarget>>, labels: { newTab: string; inEnglish: string }): Tags {
  return Object.fromEntries(
    Object.entries(targets).map(([name, target]) => {
      const { href, external, hreflang } = linkHref(target, locale);
      const tag = (chunks: ReactNode) => (
        <SmartLink href={href} external={external} hreflang={hreflang} languageLabel={labels.inEnglish} newTabLabel={labels.newTab}>
          {chunks}
        </SmartLink>
      );
      return [name, tag];
    }),
  );
}
