import { CircleCheck, Info, Lightbulb, OctagonAlert, TriangleAlert, Wrench, type LucideIcon } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { useId, type ReactNode } from 'react';

export type CalloutVariant = 'info' | 'tip' | 'success' | 'warning' | 'danger' | 'troubleshoot';

const ICONS: Record<CalloutVariant, LucideIcon> = {
  info: Info,
  tip: Lightbulb,
  success: CircleCheck,
  warning: TriangleAlert,
  danger: OctagonAlert,
  troubleshoot: Wrench,
};

type Props = {
  variant?: CalloutVariant;
  title?: ReactNode;
  children: ReactNode;
};

/**
 * A highlighted aside. Exposed as a note whose name is its title (or the
 * variant's name), and the variant is spoken before the content.
 */
export async function Callout({ variant = 'info', title, children }: Props) {
  const t = await getTranslations('callout');
  return <CalloutView variant={variant} title={title} label={t(variant)}>{children}</CalloutView>;
}

function CalloutView({ variant = 'info', title, label, children }: Props & { label: string }) {
  const titleId = useId();
  const Icon = ICONS[variant];
  return (
    <aside
      role="note"
      className={`callout callout--${variant} not-prose`}
      data-variant={variant}
      {...(title ? { 'aria-labelledby': titleId } : { 'aria-label': label })}
    >
      <Icon aria-hidden="true" className="callout__icon" />
      <div className="callout__body">
        {title ? (
          <p id={titleId} className="callout__title">
            <span className="sr-only">{label}: </span>
            {title}
          </p>
        ) : (
          <span className="sr-only">{label}: </span>
        )}
        <div className="callout__content">{children}</div>
      </div>
    </aside>
  );
}
