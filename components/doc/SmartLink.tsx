import type { ReactNode } from 'react';
import { afterLink } from '@/lib/document/resolve';

type Props = {
  href: string;
  children: ReactNode;
  /** Leaves the site: opens in a new tab, with an icon and a spoken hint. */
  external?: boolean;
  newTabLabel: string;
  /** The language of the page it leads to, when not the reader's: said after the link text. */
  hreflang?: string;
  /** What is said then, e.g. "(in English)". */
  languageLabel?: string;
  className?: string;
};

/**
 * A plain anchor: internal links need no client router on a static docs
 * page. An external one opens in a new tab, says so to screen readers, and
 * gets its icon from the stylesheet (`a.external`).
 */
export function SmartLink({ href, children, external = false, newTabLabel, hreflang, languageLabel, className }: Props) {
  if (hreflang && !languageLabel) throw new Error(`A link to a page in another language (${href}) must say so: languageLabel is missing.`);
  const language = hreflang && languageLabel ? <span className="link-language">{afterLink(languageLabel)}</span> : null;
  if (!external) {
    return (
      <a href={href} hrefLang={hreflang} className={className}>
        {children}
        {language}
      </a>
    );
  }
  return (
    <a href={href} hrefLang={hreflang} target="_blank" rel="noopener noreferrer" className={className ? `${className} external` : 'external'}>
      {children}
      {language}
      <span className="sr-only"> {newTabLabel}</span>
    </a>
  );
}
