'use client';

import { useEffect } from 'react';

/** The id of the last heading scrolled past, so the other language opens at the same section. */
function currentSectionId(): string | undefined {
  // A heading counts as reached once it is within reach of the sticky header.
  const limit = (document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0) + 120;
  let id: string | undefined;
  for (const heading of document.querySelectorAll<HTMLElement>('main h2[id], main h3[id]')) {
    if (heading.getBoundingClientRect().top > limit) break;
    id = heading.id;
  }
  return id;
}

/**
 * What the language menu does with JavaScript, on top of the <details> that
 * works without it: its links keep the section the reader is on, and Escape
 * or a click outside closes it (focus back on its summary).
 */
export function LanguageMenuScript() {
  useEffect(() => {
    const menu = () => document.querySelector<HTMLDetailsElement>('details.language-menu[open]');
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const link = target?.closest<HTMLAnchorElement>('a[data-keep-section]');
      if (link) {
        const id = currentSectionId() ?? window.location.hash.slice(1);
        if (id) link.hash = id;
      }
      const open = menu();
      if (open && !open.contains(target)) open.open = false;
    };
    const onKey = (event: KeyboardEvent) => {
      const open = menu();
      if (event.key !== 'Escape' || !open) return;
      open.open = false;
      open.querySelector('summary')?.focus();
    };
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
    };
  }, []);
  return null;
}
