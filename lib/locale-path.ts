/**
 * The same path in another locale: swaps the leading locale segment (or adds
 * one to an unprefixed path), ending with the site's trailing slash. Query
 * strings and fragments are not expected.
 */
export function pathInLocale(pathname: string, locale: string, locales: readonly string[]): string {
  const segments = pathname.split('/').filter(Boolean);
  if (segments[0] !== undefined && locales.includes(segments[0])) segments.shift();
  return `/${[locale, ...segments].join('/')}/`;
}
