import { define, whenParsed } from './dom';

/**
 * <menu-toggle> around the header's menu button: on narrow screens it shows
 * and hides the elements its button controls (aria-controls: the header's
 * controls and the documentation's navigation), and Escape closes them.
 * Without JavaScript they are simply shown (the stylesheet folds them only
 * under the `js` class).
 */
class MenuToggle extends HTMLElement {
  #button: HTMLButtonElement | null = null;

  connectedCallback() {
    whenParsed(() => {
      this.#button = this.querySelector('button');
      this.#button?.addEventListener('click', this.#onClick);
    });
  }

  disconnectedCallback() {
    this.#button?.removeEventListener('click', this.#onClick);
    window.removeEventListener('keydown', this.#onKey);
  }

  get open(): boolean {
    return this.#button?.getAttribute('aria-expanded') === 'true';
  }

  set open(open: boolean) {
    const button = this.#button;
    if (!button) return;
    button.setAttribute('aria-expanded', String(open));
    const icon = button.querySelector('.icon');
    icon?.classList.toggle('icon--menu', !open);
    icon?.classList.toggle('icon--close', open);
    for (const id of (button.getAttribute('aria-controls') ?? '').split(/\s+/)) {
      if (id) document.getElementById(id)?.toggleAttribute('data-open', open);
    }
    if (open) window.addEventListener('keydown', this.#onKey);
    else window.removeEventListener('keydown', this.#onKey);
  }

  #onClick = () => {
    this.open = !this.open;
  };

  #onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.open = false;
  };
}

define('menu-toggle', MenuToggle);
