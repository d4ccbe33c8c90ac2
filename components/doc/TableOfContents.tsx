import type { ReactNode } from 'react';
import { EnhancementScript } from '@/components/site/Enhancement';

export type TocItem = { id: string; title: ReactNode; children?: TocItem[] };

type Props = { label: string; summary: ReactNode; items: TocItem[] };

/**
 * The page's h2 and h3 headings as a list of anchor links, rendered twice
 * and shown once, by width (app/globals.css): a compact "On this page" box
 * before the article until the page is wide enough for a side column (a
 * <details>, so it opens without JavaScript), and that column, after the
 * article. In document order each sits where it is seen, so a keyboard
 * reaches the article before the column's links. <toc-spy>
 * (enhancements/toc-spy.ts) marks the section in view.
 */
export function TableOfContents({ label, summary, items, variant }: Props & { variant: 'box' | 'column' }) {
  const nav = (
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
  );
  if (variant === 'column') {
    return (
      <div className="toc-column not-prose" data-pagefind-ignore="">
        {nav}
        <EnhancementScript name="toc-spy" />
      </div>
    );
  }
  return (
    <details className="toc-box not-prose" data-pagefind-ignore="">
      <summary>{summary}</summary>
      {nav}
      <EnhancementScript name="toc-spy" />
    </details>
  );
}
