import type { ReactNode } from 'react';
import { EnhancementScript } from '@/components/site/Enhancement';

export type TocItem = { id: string; title: ReactNode; children?: TocItem[] };

type Props = { label: string; summary: ReactNode; items: TocItem[] };

/**
 * The page's h2 and h3 headings as a list of anchor links, in one place: a
 * sticky column on wide screens, a collapsed box above the article on narrow
 * ones (a <details>, so it works without JavaScript). <toc-spy>
 * (enhancements/toc-spy.ts) marks the section in view.
 */
export function TableOfContents({ label, summary, items }: Props) {
  return (
    <details className="toc-box not-prose" data-pagefind-ignore="">
      <summary>{summary}</summary>
      <toc-spy>
        <nav aria-label={label} className="toc" data-toc="">
          <ol>
            {items.map((item) => (
              <li key={item.id}>
                <a href={`#${item.id}`}>{item.title}</a>
                {item.children?.length ? (
                  <ol>
                    {item.children.map((child) => (
                      <li key={child.id}>
                        <a href={`#${child.id}`}>{child.title}</a>
                      </li>
                    ))}
                  </ol>
                ) : null}
              </li>
            ))}
          </ol>
        </nav>
      </toc-spy>
      <EnhancementScript name="toc-spy" />
    </details>
  );
}
