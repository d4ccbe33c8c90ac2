import type { ReactNode } from 'react';
import { getText } from '@/i18n/text';

import type { CalloutVariant } from '@/lib/document/model';

export type { CalloutVariant };

type Props = {
  variant?: CalloutVariant;
  title?: ReactNode;
  /** The title as plain text, which names the note for screen readers. */
  label?: string;
  children: ReactNode;
};

/**
 * A highlighted aside. Exposed as a note named by its variant and title
 * ("Warning: …"), and the variant is spoken before the content. Its icon
 * comes from the stylesheet (one per variant).
 */
export async function Callout({ variant = 'info', title, label, children }: Props) {
  const t = await getText({ namespace: 'callout' });
  const kind = t.string(variant);
  return (
    <aside role="note" className={`callout callout--${variant} not-prose`} aria-label={label ? `${kind}: ${label.replace(/\s+/g, ' ').trim()}` : kind}>
      <div className="callout__body">
        {title ? <p className="callout__title">{title}</p> : null}
        <div className="callout__content">{children}</div>
      </div>
    </aside>
  );
}
