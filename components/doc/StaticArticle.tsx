'use client';

import { useState, type ReactNode } from 'react';
import { stashedArticle } from './article-stash';

/**
 * A part of a page that is complete HTML and never changes in the browser:
 * a guide's article. It is rendered once, into the HTML; the page's React
 * payload carries only its id, not a second copy of the article. In the
 * browser, React adopts the HTML already on the page.
 *
 * The page hands the content over through `stashArticle` (same process,
 * same render), because anything passed as a prop would be copied into
 * the payload.
 */
export function StaticArticle({ id, className }: { id: string; className?: string }) {
  const [content] = useState<{ html: string } | { node: ReactNode }>(() =>
    typeof document === 'undefined'
      ? { node: stashedArticle(id) }
      : // The server's HTML of this very element, adopted as it is.
        { html: document.getElementById(id)?.innerHTML ?? '' },
  );
  return 'html' in content ? (
    <div id={id} className={className} dangerouslySetInnerHTML={{ __html: content.html }} />
  ) : (
    <div id={id} className={className}>
      {content.node}
    </div>
  );
}
