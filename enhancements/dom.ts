/** Small helpers shared by the enhancements (bundled into each script that uses them). */

/**
 * Runs `setup` once the element's children are in the document. Module
 * scripts loaded with `async` may run while the page is still being parsed,
 * when an element has been created but its children not yet.
 */
export function whenParsed(setup: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', setup, { once: true });
  else setup();
}

/** Defines a custom element, once: a page may load the same script twice. */
export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}

/** The bottom edge of the sticky header: what is above it is not in view. */
export function headerBottom(): number {
  return document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
}

/**
 * The heading the reader is in: the last of `headings` (in document order)
 * whose top has reached `limit` pixels from the top of the viewport.
 */
export function lastHeadingReached(headings: Iterable<HTMLElement>, limit: number): HTMLElement | undefined {
  let reached: HTMLElement | undefined;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top > limit) break;
    reached = heading;
  }
  return reached;
}
