import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/*
 * A page's HTML as served, read the way a crawler or a link checker reads
 * it: parsed, without a browser and without running its scripts. Quicker
 * than loading the page in Chromium when only its markup matters.
 */

/** Every element of a document, in document order. */
export function elements(html: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'element') found.push(node);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(fromHtml(html));
  return found;
}

/** An element's text, as textContent gives it. */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** An attribute as written (hast keeps class and rel as lists); undefined without the element or the attribute. */
export function attribute(element: Element | undefined, name: string): string | undefined {
  const value = element?.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** What a search engine reads in a page's head, and its h1. */
export function headOf(html: string) {
  const all = elements(html);
  const first = (test: (el: Element) => boolean) => all.find(test);
  const rel = (el: Element) => attribute(el, 'rel')?.split(' ') ?? [];
  return {
    lang: attribute(first((el) => el.tagName === 'html'), 'lang') ?? '',
    canonical: attribute(first((el) => el.tagName === 'link' && rel(el).includes('canonical')), 'href') ?? null,
    alternates: Object.fromEntries(
      all.filter((el) => el.tagName === 'link' && rel(el).includes('alternate') && attribute(el, 'hrefLang')).map((el) => [attribute(el, 'hrefLang'), attribute(el, 'href')]),
    ) as Record<string, string>,
    robots: attribute(first((el) => el.tagName === 'meta' && attribute(el, 'name') === 'robots'), 'content') ?? null,
    jsonLd: all.filter((el) => el.tagName === 'script' && attribute(el, 'type') === 'application/ld+json').map(textOf),
    h1: textOf(first((el) => el.tagName === 'h1') ?? { type: 'root', children: [] }),
  };
}
