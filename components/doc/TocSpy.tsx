'use client';

import { useEffect } from 'react';

/**
 * Marks the table-of-contents entry of the section in view. The logic is
 * loaded after the page is interactive, so it costs nothing up front.
 */
export function TocSpy() {
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import('./toc-spy').then(({ watchSections }) => {
      if (!cancelled) stop = watchSections();
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
  return null;
}
