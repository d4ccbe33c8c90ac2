import { define, headerBottom, lastHeadingReached } from './dom';

/** A heading counts as reached once it is this close to the sticky header. */
const REACH = 120;

/**
 * <language-menu> inside the header's language <details>, which works
 * without it (components/site/LanguageSwitcher.tsx). It makes the links keep
 * the section the reader is on (those marked data-keep-section), and closes
 * the menu on Escape (focus back on its summary) or on a click elsewhere.
 */
class LanguageMenu extends HTMLElement {
  connectedCallback() {
    document.addEventListener('click', this.#onClick);
    document.addEventListener('keydown', this.#onKey);
  }

  disconnectedCallback() {
    document.removeEventListener('click', this.#onClick);
    document.removeEventListener('keydown', this.#onKey);
  }

  get #menu(): HTMLDetailsElement | null {
    return this.closest('details');
  }

  #onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest<HTMLAnchorElement>('a[data-keep-section]');
    if (link && this.contains(link)) {
      const headings = document.querySelectorAll<HTMLElement>('main h2[id], main h3[id]');
      const id = lastHeadingReached(headings, headerBottom() + REACH)?.id ?? window.location.hash.slice(1);
      if (id) link.hash = id;
    }
    const menu = this.#menu;
    if (menu?.open && !menu.contains(target)) menu.open = false;
  };

  #onKey = (event: KeyboardEvent) => {
    const menu = this.#menu;
    if (event.key !== 'Escape' || !menu?.open) return;
    menu.open = false;
    menu.querySelector('summary')?.focus();
  };
}

define('language-menu', LanguageMenu);
