import type { ReactNode } from 'react';
import { getText } from '@/i18n/text';

import type { CalloutVariant } from '@/lib/document/model';

export type { CalloutVariant };

type Props = {
  variant?: CalloutVariant;
  title?: ReactNode;
  children: ReactNode;
};

/**
 * A highlighted aside. Exposed as a note named by its variant ("Warning"),
 * spoken before the content, whose first line is the title: the title is
 * not repeated in the name, which would cost every page its length again.
 * Its icon comes from the stylesheet (one per variant).
 */
export async function Callout({ variant = 'info', title, children }: Props) {
  const t = await getText({ namespace: 'callout' });
  const kind = t.string(variant);
  return (
    <aside role="note" className={`callout callout--${variant} not-prose`} aria-label={kind}>
      <div className="callout__body">
        {title ? <p className="callout__title">{title}</p> : null}
        <div className="callout__content">{children}</div>
      </div>
    </aside>
  );
}
