'use client';

import { usePathname } from 'next/navigation';
import type { MouseEvent } from 'react';
import { pathInLocale } from '@/lib/locale-path';
import { ROUTES, isSitePath, localizedPath } from '@/lib/routes';

type Props = {
  current: string;
  label: string;
  /** Spoken after the current language, e.g. "current language". */
  currentLabel: string;
  locales: { code: string; label: string }[];
};

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
 * Links to this page in every language. Works as plain links without
 * JavaScript; with it, the link keeps the section the reader is on.
 */
export function LanguageSwitcher({ current, label, currentLabel, locales }: Props) {
  const pathname = usePathname();
  const codes = locales.map((l) => l.code);
  // On the 404 page (served at any unknown address) there is no same page
  // in another language: offer each language's docs home instead.
  const isPage = isSitePath(`/${pathname.split('/').filter(Boolean).slice(1).join('/')}`);
  const hrefIn = (code: string) => (isPage ? pathInLocale(pathname, code, codes) : localizedPath(code, ROUTES.docsHome));

  function keepSection(event: MouseEvent<HTMLAnchorElement>) {
    const id = currentSectionId() ?? window.location.hash.slice(1);
    if (id) event.currentTarget.hash = id;
  }

  return (
    <nav aria-label={label} className="language-switcher">
      <ul>
        {locales.map(({ code, label: name }) => (
          <li key={code}>
            {code === current ? (
              <span aria-current="true" lang={code} className="language-switcher__current">
                {name}
                <span className="sr-only"> ({currentLabel})</span>
              </span>
            ) : (
              <a href={hrefIn(code)} hrefLang={code} lang={code} onClick={isPage ? keepSection : undefined}>
                {name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
