import { ExternalLink } from 'lucide-react';
import type { ReactNode } from 'react';

type Props = {
  href: string;
  children: ReactNode;
  /** Leaves the site: opens in a new tab, with an icon and a spoken hint. */
  external?: boolean;
  newTabLabel: string;
  className?: string;
};

/** A plain anchor: internal links need no client router on a static docs page. */
export function SmartLink({ href, children, external = false, newTabLabel, className }: Props) {
  if (!external) {
    return (
      <a href={href} className={className}>
        {children}
      </a>
    );
  }
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
      <ExternalLink aria-hidden="true" focusable="false" className="ml-0.5 inline-block size-[0.8em] align-baseline" strokeWidth={2.25} />
      <span className="sr-only"> {newTabLabel}</span>
    </a>
  );
}
