/**
 * Site-wide constants, each defined once.
 */

function normalizeOrigin(raw: string, variable: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${variable} must be an absolute URL such as https://proxmenux.com (got "${raw}").`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${variable} must use http or https (got "${raw}").`);
  }
  // Keep a path prefix if the site is hosted below one, without a trailing slash.
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** Absolute origin of this site, used for canonical URLs, hreflang and OpenGraph. */
export const SITE_URL = normalizeOrigin(process.env.NEXT_PUBLIC_SITE_URL ?? 'https://proxmenux.com', 'NEXT_PUBLIC_SITE_URL');

/**
 * Where the rest of the ProxMenux documentation lives. Links to guides this
 * site does not carry point there, in the reader's language when it has one.
 */
export const PUBLIC_DOCS_URL = 'https://proxmenux.com';

/**
 * The languages of the public docs (ProxMenux's web/i18n/routing.ts: every
 * URL carries one of them). A reader of another language is sent to the
 * English page, and the link says so.
 */
export const PUBLIC_DOCS_LOCALES: readonly string[] = ['en', 'es'];

/**
 * The repository of this documentation site, for "edit this translation"
 * links and the footer. One setting: NEXT_PUBLIC_REPOSITORY_URL.
 */
export const REPOSITORY_URL = normalizeOrigin(
  process.env.NEXT_PUBLIC_REPOSITORY_URL ?? 'https://github.com/MacRimi/ProxMenux',
  'NEXT_PUBLIC_REPOSITORY_URL',
);

/** The branch edit links open. */
export const REPOSITORY_BRANCH = 'main';

/** Where to edit a file of this repository on GitHub (or a compatible forge). */
export function repositoryEditUrl(file: string): string {
  return `${REPOSITORY_URL}/edit/${REPOSITORY_BRANCH}/${file}`;
}

/** Where to read a file of this repository. */
export function repositoryFileUrl(file: string): string {
  return `${REPOSITORY_URL}/blob/${REPOSITORY_BRANCH}/${file}`;
}

export const SITE_NAME = 'ProxMenux';

/** The raster site mark (drawn by app/apple-touch-icon.png/route.tsx), for devices and structured data. */
export const SITE_ICON = { path: '/apple-touch-icon.png', width: 180, height: 180 } as const;

export { normalizeOrigin };

/**
 * A URL query from its parameters, for links written into pages. ASCII is
 * percent-encoded as URLSearchParams would (a space as %20); letters beyond
 * ASCII are left as they are, which the URL standard allows in a query and
 * browsers encode as UTF-8 when the link is followed: "Нет" costs the page
 * 6 bytes instead of 18.
 */
export function compactQuery(params: Readonly<Record<string, string>>): string {
  // Invisible characters (spaces, format and bidirectional controls) are encoded too.
  const plain = (char: string) => (char.codePointAt(0) ?? 0) >= 0xa0 && !/[\p{Z}\p{Cf}]/u.test(char);
  const encode = (value: string) => [...value].map((char) => (plain(char) ? char : encodeURIComponent(char))).join('');
  return Object.entries(params)
    .map(([name, value]) => `${encode(name)}=${encode(value)}`)
    .join('&');
}

/** A new issue in this repository, with its title and text already filled in (GitHub's `issues/new` query). */
export function repositoryIssueUrl(title: string, body: string): string {
  return `${REPOSITORY_URL}/issues/new?${compactQuery({ title, body })}`;
}
