import type { ReactNode } from 'react';

export type TocItem = { id: string; title: ReactNode; children?: TocItem[] };

type Props = { label: string; items: TocItem[]; className?: string };

/**
 * The page's h2 and h3 headings as a list of anchor links: a working
 * navigation without JavaScript. TocSpy marks the section in view.
 */
export function TableOfContents({ label, items, className }: Props) {
  return (
    <nav aria-label={label} className={`toc ${className ?? ''}`} data-toc="">
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
  );
}
