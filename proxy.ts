import { readdirSync } from 'node:fs';
import path from 'node:path';
import { createLocaleProxy } from './i18n/locale-proxy';
import { routing } from './i18n/routing';
import { INDEXED, cardName } from './lib/pages';
import { socialCardPath } from './lib/social-cards';

/** The files app/ generates: icons, robots.txt, the sitemap and the social cards. */
const GENERATED = new Set([
  '/icon.svg',
  '/apple-touch-icon.png',
  '/robots.txt',
  '/sitemap.xml',
  ...routing.locales.flatMap((locale) => INDEXED.map((page) => socialCardPath(locale, cardName(page)))),
]);

let publicFiles: Set<string> | undefined;

/** The files in public/ (figures, the search index), listed once: Next.js serves them as they were when it started. */
function isPublicFile(pathname: string): boolean {
  if (!publicFiles) {
    const root = path.join(/* turbopackIgnore: true */ process.cwd(), 'public');
    let entries: string[] = [];
    try {
      entries = readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => `/${path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`);
    } catch (error) {
      console.error('[proxy] cannot list public/:', error);
    }
    publicFiles = new Set(entries);
  }
  return publicFiles.has(pathname);
}

export default createLocaleProxy({
  locales: routing.locales,
  defaultLocale: routing.defaultLocale,
  // A file's name never ends with a slash (`/robots.txt/` is not a file).
  isSiteFile: (pathname) => !pathname.endsWith('/') && (pathname.startsWith('/_next/static/') || GENERATED.has(pathname) || isPublicFile(pathname)),
});

export const config = {
  // Every request except those with content and those of Next.js's router
  // (lib/serving.ts: REQUEST_CONTENT and ROUTER_REQUEST, which this literal
  // must repeat: Next.js reads the matcher without running code). Those go
  // to a route handler that refuses them.
  matcher: [
    {
      source: '/:path*',
      missing: [
        { type: 'header', key: 'transfer-encoding' },
        { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
        { type: 'header', key: 'rsc' },
        { type: 'header', key: 'next-router-state-tree' },
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'next-router-segment-prefetch' },
      ],
    },
  ],
};
