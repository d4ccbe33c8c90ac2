import type { ReactNode } from 'react';
import { prerender } from 'react-dom/static';

/**
 * Renders a tree that may contain async server components to static HTML,
 * the way the build prerenders a page (client components render their
 * server HTML).
 */
export async function renderServer(node: ReactNode): Promise<string> {
  const { prelude } = await prerender(node);
  const reader = prelude.getReader();
  const decoder = new TextDecoder();
  let html = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    html += decoder.decode(value, { stream: true });
  }
  return html + decoder.decode();
}

/** Parses rendered HTML into a document for querying. */
export function toDocument(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}
