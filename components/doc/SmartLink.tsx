import type { ReactNode } from 'react';

type Props = {
  href: string;
  children: ReactNode;
  /** Leaves the site: opens in a new tab, with an icon and a spoken hint. */
  external?: boolean;
  newTabLabel: string;
  className?: string;
};

/**
 * A plain anchor: internal links need no client router on a static docs
 * page. An external one opens in a new tab, says so to screen readers, and
 * gets its icon from the stylesheet (`a.external`).
 */
export function SmartLink({ href, children, external = false, newTabLabel, className }: Props) {
  if (!external) {
    return (
      <a href={href} className={className}>
        {children}
      </a>
    );
  }
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className ? `${className} external` : 'external'}>
      {children}
      <span className="sr-only"> {newTabLabel}</span>
    </a>
  );
}
