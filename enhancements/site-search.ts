import { define, whenParsed } from './dom';
import type { SearchTexts } from './elements';
import type * as SearchDialog from './search-dialog';

/** Whether a key press happened while typing somewhere. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * <site-search> around the header's search button: opens full-text search
 * from the button, `/` or Ctrl/Cmd+K. The dialog (./search-dialog.ts, a
 * script of its own, at the URL in the `dialog` attribute), Pagefind's
 * search UI and the index are loaded on first use only. The `texts`
 * attribute carries what the dialog says, in the page's language.
 */
class SiteSearch extends HTMLElement {
  #button: HTMLButtonElement | null = null;

  connectedCallback() {
    whenParsed(() => {
      this.#button = this.querySelector('button');
      if (!this.#button) return;
      this.#button.addEventListener('click', this.#open);
      window.addEventListener('keydown', this.#onKey);
      // The shortcuts are advertised (to assistive technology, and as the
      // `/` hint) only from now on, when they work.
      this.#button.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
      this.querySelector('kbd')?.setAttribute('data-live', '');
    });
  }

  disconnectedCallback() {
    this.#button?.removeEventListener('click', this.#open);
    window.removeEventListener('keydown', this.#onKey);
  }

  #onKey = (event: KeyboardEvent) => {
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
    if (shortcut || (event.key === '/' && !isTyping(event.target) && !event.altKey && !event.metaKey && !event.ctrlKey)) {
      event.preventDefault();
      this.#open();
    }
  };

  #open = () => {
    const texts = JSON.parse(this.getAttribute('texts') ?? '{}') as SearchTexts;
    const dialog = this.getAttribute('dialog') ?? '';
    void (import(/* webpackIgnore: true */ dialog) as Promise<typeof SearchDialog>).then(({ openSearch }) => openSearch(texts, this.#button ?? undefined));
  };
}

define('site-search', SiteSearch);
