import type { ReactNode } from 'react';
import { getText } from '@/i18n/text';
import { textOf } from './resolve-tree';

export type CalloutVariant = 'info' | 'tip' | 'success' | 'warning' | 'danger' | 'troubleshoot';

type Props = {
  variant?: CalloutVariant;
  title?: ReactNode;
  children: ReactNode;
};

/**
 * A highlighted aside. Exposed as a note named by its variant and title
 * ("Warning: …"), and the variant is spoken before the content. Its icon
 * comes from the stylesheet (one per variant).
 */
export async function Callout({ variant = 'info', title, children }: Props) {
  const t = await getText({ namespace: 'callout' });
  const label = t.string(variant);
  return (
    <aside role="note" className={`callout callout--${variant} not-prose`} aria-label={title ? `${label}: ${textOf(title).replace(/\s+/g, ' ').trim()}` : label}>
      <div className="callout__body">
        {title ? <p className="callout__title">{title}</p> : null}
        <div className="callout__content">{children}</div>
      </div>
    </aside>
  );
}
