import path from 'node:path';

/** The build folder: `.next`, or NEXT_DIST_DIR for a second build (the English-fallback fixture). */
export function distDir(): string {
  return process.env.NEXT_DIST_DIR || '.next';
}

/**
 * Where `next build` keeps the prerendered HTML of a page, from its URL path:
 * `/en/404/` → `.next/server/app/en/404.html`.
 */
export function prerenderedHtmlFile(urlPath: string, root: string = process.cwd()): string {
  const route = urlPath.replace(/^\/+|\/+$/g, '') || 'index';
  return path.join(/* turbopackIgnore: true */ root, distDir(), 'server', 'app', `${route}.html`);
}
