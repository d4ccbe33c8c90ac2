'use client';

import { useEffect } from 'react';

export type CopyLabels = { copy: string; copied: string; copiedAnnouncement: string; failed: string; copyFailed: string };

async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Plain-http hosts (a LAN mirror, say) have no async clipboard API.
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
 * Makes every code block's copy button copy its exact snippet, and confirms
 * it on screen and to screen readers. One listener for the whole page: the
 * buttons are plain HTML (components/doc/CopyableCode.tsx).
 */
export function CodeCopy({ labels }: { labels: CopyLabels }) {
  useEffect(() => {
    const timers = new WeakMap<HTMLButtonElement, number>();
    const show = (button: HTMLButtonElement, state: 'idle' | 'copied' | 'failed') => {
      button.dataset.state = state;
      const text = button.querySelector('span');
      if (text) text.textContent = state === 'copied' ? labels.copied : state === 'failed' ? labels.failed : labels.copy;
      const status = button.parentElement?.querySelector('[role="status"]');
      if (status) status.textContent = state === 'copied' ? labels.copiedAnnouncement : state === 'failed' ? labels.copyFailed : '';
    };
    const onClick = async (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-copy]') : null;
      if (!button) return;
      const code = button.closest('.code-block')?.querySelector('pre')?.textContent ?? '';
      window.clearTimeout(timers.get(button));
      try {
        await writeClipboard(code);
        show(button, 'copied');
      } catch {
        show(button, 'failed');
      }
      timers.set(
        button,
        window.setTimeout(() => show(button, 'idle'), 2500),
      );
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [labels]);
  return null;
}
