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

/** Makes the language switcher's links keep the section the reader is on. */
export function KeepSection() {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-keep-section]') : null;
      if (!link) return;
      const id = currentSectionId() ?? window.location.hash.slice(1);
      if (id) link.hash = id;
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  return null;
}
