import { define, headerBottom, lastHeadingReached, whenParsed } from './dom';

/** How far below the sticky header a heading counts as reached. */
const REACH = 80;

/**
 * <toc-spy> around a table of contents (components/doc/TableOfContents.tsx):
 * sets aria-current="location" on the entry of the section being read (the
 * last heading scrolled past the sticky header). Which table of contents is
 * shown at which width, the compact box or the column, is the stylesheet's
 * decision alone.
 */
class TocSpy extends HTMLElement {
  #links: HTMLAnchorElement[] = [];
  #headings: HTMLElement[] = [];
  #current: string | undefined;
  #frame = 0;

  connectedCallback() {
    whenParsed(() => {
      this.#links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
      const ids = [...new Set(this.#links.map((a) => decodeURIComponent(a.hash.slice(1))))];
      this.#headings = ids.map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
      window.addEventListener('scroll', this.#schedule, { passive: true });
      window.addEventListener('resize', this.#schedule);
      this.#update();
    });
  }

  disconnectedCallback() {
    window.removeEventListener('scroll', this.#schedule);
    window.removeEventListener('resize', this.#schedule);
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  #schedule = () => {
    if (!this.#frame) this.#frame = requestAnimationFrame(this.#update);
  };

  #update = () => {
    this.#frame = 0;
    let id = (lastHeadingReached(this.#headings, headerBottom() + REACH) ?? this.#headings[0])?.id;
    // At the very bottom the last sections may never reach the top.
    if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) id = this.#headings.at(-1)?.id;
    if (id === this.#current) return;
    this.#current = id;
    for (const link of this.#links) {
      if (link.hash === `#${id}`) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };
}

define('toc-spy', TocSpy);
