'use client';

import { useEffect, useState } from 'react';

/**
 * On narrow screens, folds the header's controls and the documentation's
 * navigation into a menu. Without JavaScript they are simply shown (the
 * `js` class is never set).
 */
export function MenuToggle({ label, controls }: { label: string; controls: string[] }) {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    for (const id of controls) document.getElementById(id)?.toggleAttribute('data-open', open);
    if (!open) return;
    const close = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [open, controls]);

  return (
    <button type="button" className="menu-toggle" aria-expanded={open} aria-controls={controls.join(' ')} onClick={() => setOpen(!open)}>
      <span aria-hidden="true" className={`icon ${open ? 'icon--close' : 'icon--menu'}`} />
      <span className="sr-only">{label}</span>
    </button>
  );
}
