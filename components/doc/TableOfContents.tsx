import type { ReactNode } from 'react';
import { EnhancementScript } from '@/components/site/Enhancement';

export type TocItem = { id: string; title: ReactNode; children?: TocItem[] };

type Props = { label: string; items: TocItem[] } & ({ variant: 'box'; summary: ReactNode } | { variant: 'column' });

/**
 * The page's h2 and h3 headings as a list of anchor links, rendered twice
 * and shown once, by width (app/globals.css), each where it is seen in
 * document order: a compact "On this page" box before the article until
 * the page has room for a side column (a collapsed <details>, one Tab stop,
 * opened without JavaScript), and that column, after the article, from
 * 80rem. So after the skip link the keyboard reaches the article before
 * the column's links. <toc-spy> (enhancements/toc-spy.ts) marks the
 * section in view in each.
 */
export function TableOfContents(props: Props) {
  const { label, items } = props;
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
  if (props.variant === 'column') {
    return (
      <div className="toc-column not-prose" data-pagefind-ignore="">
        {nav}
        <EnhancementScript name="toc-spy" />
      </div>
    );
  }
  return (
    <details className="toc-box not-prose" data-pagefind-ignore="">
      <summary>{props.summary}</summary>
      {nav}
      <EnhancementScript name="toc-spy" />
    </details>
  );
}
