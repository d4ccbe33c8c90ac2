/**
 * Builds the full-text search index (Pagefind) from the built guides of the
 * registry (lib/pages.ts): one index per language (from each page's
 * <html lang>), sections addressable by their heading ids. Only the content
 * marked data-pagefind-body is indexed.
 *
 *   tsx scripts/search-index.ts server   # .next/server/app → public/pagefind (next start)
 *   tsx scripts/search-index.ts static   # out/ → out/pagefind (static export)
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { routing } from '../i18n/routing';
import { prerenderedHtmlFile } from '../lib/build-output';
import { GUIDES } from '../lib/pages';
import { localizedPath } from '../lib/routes';

const target = process.argv[2];
const SOURCES = {
  // next build keeps prerendered pages as <route>.html; their URLs end with a slash.
  server: { output: 'public/pagefind', file: (url: string) => prerenderedHtmlFile(url) },
  // The static export writes <route>/index.html.
  static: { output: 'out/pagefind', file: (url: string) => path.join('out', url, 'index.html') },
} as const;

if (target !== 'server' && target !== 'static') {
  console.error('Usage: tsx scripts/search-index.ts server|static');
  process.exit(2);
}
const source = SOURCES[target];

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
let pages = 0;
for (const page of GUIDES) {
  for (const locale of routing.locales) {
    const url = localizedPath(locale, page.path);
    const content = readFileSync(source.file(url), 'utf8');
    if (!content.includes('data-pagefind-body')) throw new Error(`${url} has no data-pagefind-body: guides are rendered by DocPage.`);
    const { errors: fileErrors } = await index.addHTMLFile({ url, content });
    if (fileErrors.length) throw new Error(`Pagefind: ${url}: ${fileErrors.join('; ')}`);
    pages++;
  }
}
rmSync(source.output, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: source.output });
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`Search index: ${pages} pages → ${source.output}`);
