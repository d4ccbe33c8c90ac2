import path from 'node:path';

/** The build folder (Next's default). */
export function distDir(): string {
  return '.next';
}

/**
 * Where `next build` keeps the prerendered HTML of a page, from its URL path:
 * `/en/404/` → `.next/server/app/en/404.html`.
 */
export function prerenderedHtmlFile(urlPath: string, root: string = process.cwd()): string {
  const route = urlPath.replace(/^\/+|\/+$/g, '') || 'index';
  return path.join(/* turbopackIgnore: true */ root, distDir(), 'server', 'app', `${route}.html`);
}
