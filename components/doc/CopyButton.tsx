'use client';

import { Check, Copy } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';

type Props = {
  code: string;
  labels: { copy: string; copyLabel: string; copied: string; copiedAnnouncement: string; failed: string; copyFailed: string };
};

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

/** Copies the exact snippet and confirms it on screen and to screen readers. */
export function CopyButton({ code, labels }: Props) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  async function copy() {
    window.clearTimeout(timer.current);
    try {
      await writeClipboard(code);
      setState('copied');
    } catch {
      setState('failed');
    }
    timer.current = window.setTimeout(() => setState('idle'), 2500);
  }

  const Icon = state === 'copied' ? Check : Copy;
  return (
    <>
      <button type="button" onClick={copy} aria-label={labels.copyLabel} className="copy-button" data-state={state}>
        <Icon aria-hidden="true" className="size-4" />
        <span aria-hidden="true">{state === 'copied' ? labels.copied : state === 'failed' ? labels.failed : labels.copy}</span>
      </button>
      <span role="status" className="sr-only">
        {state === 'copied' ? labels.copiedAnnouncement : state === 'failed' ? labels.copyFailed : ''}
      </span>
    </>
  );
}
