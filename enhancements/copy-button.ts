import { define } from './dom';

/** How long "Copied" (or "Copy failed") stays before the button rests again. */
const CONFIRMATION_MS = 2500;

async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Plain-http hosts (a LAN mirror, say) have no asynchronous clipboard API.
  const previous = document.activeElement;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.focus();
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  // Keyboard users stay on the button they pressed.
  if (previous instanceof HTMLElement) previous.focus();
  if (!ok) throw new Error('copy command refused');
}

/**
 * Copies a text file of this site. Where the clipboard takes a promise
 * (ClipboardItem), the copy starts while the click still counts as the
 * reader's and the file arrives later; elsewhere it is fetched first.
 */
async function copyFile(url: URL): Promise<void> {
  if (url.origin !== location.origin) throw new Error('not a file of this site');
  const text = fetch(url).then(async (response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  });
  if (navigator.clipboard && window.isSecureContext && typeof ClipboardItem === 'function') {
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': text.then((t) => new Blob([t], { type: 'text/plain' })) })]);
    return;
  }
  await writeClipboard(await text);
}

type State = 'idle' | 'copied' | 'failed';

/**
 * <copy-button> around a code block's copy button and its live region
 * (components/doc/CopyableCode.tsx): copies the block's exact text, or with
 * `data-src` the file at that address (a guide's Markdown,
 * components/doc/PageActions.tsx), and says
 * so on the button and to screen readers, in the page's language: the
 * `data-label-*` and `data-status-*` attributes, its own or, once for a
 * whole article, those of the nearest element that has them.
 */
class CopyButton extends HTMLElement {
  #timer = 0;
  #idleLabel: string | null = null;

  connectedCallback() {
    // Listens on itself: the button inside may not be parsed yet, and needs no setup.
    this.addEventListener('click', this.#onClick);
  }

  disconnectedCallback() {
    this.removeEventListener('click', this.#onClick);
    window.clearTimeout(this.#timer);
  }

  #onClick = async (event: Event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button || !this.contains(button)) return;
    window.clearTimeout(this.#timer);
    try {
      const src = this.getAttribute('data-src');
      if (src) await copyFile(new URL(src, document.baseURI));
      else await writeClipboard(this.closest('.code-block')?.querySelector('pre')?.textContent ?? '');
      this.#show(button, 'copied');
    } catch {
      this.#show(button, 'failed');
    }
    this.#timer = window.setTimeout(() => this.#show(button, 'idle'), CONFIRMATION_MS);
  };

  /** A confirmation text: this element's own, or the page's (an ancestor's). */
  #text(name: string): string {
    const attribute = `data-${name}`;
    return (this.hasAttribute(attribute) ? this : this.closest(`[${attribute}]`))?.getAttribute(attribute) ?? '';
  }

  #show(button: HTMLButtonElement, state: State) {
    button.dataset.state = state;
    const label = button.querySelector('span');
    if (label) {
      this.#idleLabel ??= label.textContent;
      label.textContent = state === 'idle' ? this.#idleLabel : this.#text(`label-${state}`);
    }
    const status = this.querySelector('[role="status"]');
    if (status) status.textContent = state === 'idle' ? '' : this.#text(`status-${state}`);
  }
}

define('copy-button', CopyButton);
