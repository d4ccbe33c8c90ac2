'use client';

import { useEffect, useEffectEvent, useState, type ComponentType } from 'react';
import type { Locale } from '@/i18n/routing';
import type { SearchDialogProps, SearchLabels } from './SearchDialog';

type Props = { locale: Locale; labels: SearchLabels };

/** Whether a key press happened while typing somewhere. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * Opens full-text search from the header button, `/` or Ctrl/Cmd+K. The
 * dialog and the search index are loaded on first use only.
 */
export function SearchButton({ locale, labels }: Props) {
  const [Dialog, setDialog] = useState<ComponentType<SearchDialogProps> | null>(null);
  const [open, setOpen] = useState(false);
  // The shortcuts are advertised (to assistive technology and as the `/`
  // hint) only once they work: not before hydration, never without JavaScript.
  const [shortcutsLive, setShortcutsLive] = useState(false);

  async function show() {
    if (!Dialog) {
      const { SearchDialog } = await import('./SearchDialog');
      setDialog(() => SearchDialog);
    }
    setOpen(true);
  }

  // Called from the key listener, which is installed once, with the latest state.
  const onShortcut = useEffectEvent(() => void show());

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
      if (shortcut || (event.key === '/' && !isTyping(event.target) && !event.altKey && !event.metaKey && !event.ctrlKey)) {
        event.preventDefault();
        onShortcut();
      }
    };
    window.addEventListener('keydown', onKey);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the shortcuts exist only from this point on, so they are advertised only now
    setShortcutsLive(true);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button type="button" className="search-button" aria-haspopup="dialog" aria-keyshortcuts={shortcutsLive ? '/ Control+K Meta+K' : undefined} onClick={() => void show()}>
        <span aria-hidden="true" className="icon icon--search size-4" />
        <span className="search-button__label">{labels.open}</span>
        <span className="sr-only">: {labels.openLabel}</span>
        <kbd aria-hidden="true" data-live={shortcutsLive || undefined}>
          /
        </kbd>
      </button>
      {Dialog && open ? <Dialog locale={locale} labels={labels} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
