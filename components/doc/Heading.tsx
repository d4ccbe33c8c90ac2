import { getText } from '@/i18n/text';
import type { ReactNode } from 'react';

type Props = {
  level: 2 | 3;
  /** Stable id, the same in every language (links and the switcher rely on it). */
  id: string;
  /** Plain heading text, also used to name the anchor link. */
  title: string;
  /** Rendered heading content, when it differs from `title` (e.g. marked as a fallback language). */
  heading?: ReactNode;
};

/**
 * A heading with a "#" link to itself, shown on hover and keyboard focus.
 * The link is left out of the search index (data-pagefind-ignore), so
 * results do not show its "#" after the heading.
 */
export async function Heading({ level, id, title, heading }: Props) {
  const t = await getText({ namespace: 'doc' });
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag id={id} className="doc-heading">
      {heading ?? title}
      <a href={`#${id}`} className="doc-heading__anchor" aria-label={t.string('anchorLabel', { title })} data-pagefind-ignore="">
        #
      </a>
    </Tag>
  );
}

type SectionProps = { id: string; title: string; heading?: ReactNode; children: ReactNode };

/** A top-level section of a guide, labelled by its h2. */
export function DocSection({ id, title, heading, children }: SectionProps) {
  return (
    <section aria-labelledby={id} className="doc-section">
      <Heading level={2} id={id} title={title} heading={heading} />
      {children}
    </section>
  );
}
