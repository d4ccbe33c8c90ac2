/**
 * Builds the full-text search index (Pagefind) from the built guides of the
 * registry (lib/pages.ts): one index per language (from each page's
 * <html lang>), sections addressable by their heading ids. Only the content
 * marked data-pagefind-body is indexed.
 *
 *   tsx scripts/search-index.ts server   # pages as next start serves them → public/pagefind
 *   tsx scripts/search-index.ts static   # out/ → out/pagefind (static export)
 *
 * The server build's pages are read the way a reader gets them: from
 * `next start`, run on loopback for the purpose, never from .next/'s
 * internal layout. next start serves the index from public/ once restarted.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { routing } from '../i18n/routing';
import { GUIDES } from '../lib/pages';
import { localizedPath } from '../lib/routes';
import { withNextStart } from './lib/next-server';

const target = process.argv[2];
type Read = (url: string) => Promise<string>;
const SOURCES = {
  // As next start serves them (URLs end with a slash).
  server: {
    output: 'public/pagefind',
    pages: <T>(withReader: (read: Read) => Promise<T>) =>
      withNextStart((origin) =>
        withReader(async (url) => {
          const response = await fetch(origin + url, { redirect: 'manual' });
          if (response.status !== 200) throw new Error(`next start answered ${url} with ${response.status}`);
          return response.text();
        }),
      ),
  },
  // The static export writes <route>/index.html.
  static: {
    output: 'out/pagefind',
    pages: <T>(withReader: (read: Read) => Promise<T>) => withReader(async (url) => readFileSync(path.join('out', url, 'index.html'), 'utf8')),
  },
} as const;

if (target !== 'server' && target !== 'static') {
  console.error('Usage: tsx scripts/search-index.ts server|static');
  process.exit(2);
}
const source = SOURCES[target];

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
let pages = 0;
await source.pages(async (read) => {
  for (const page of GUIDES) {
    for (const locale of routing.locales) {
      const url = localizedPath(locale, page.path);
      const content = await read(url);
      if (!content.includes('data-pagefind-body')) throw new Error(`${url} has no data-pagefind-body: guides are rendered by DocPage.`);
      const { errors: fileErrors } = await index.addHTMLFile({ url, content });
      if (fileErrors.length) throw new Error(`Pagefind: ${url}: ${fileErrors.join('; ')}`);
      pages++;
    }
  }
});
rmSync(source.output, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: source.output });
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`Search index: ${pages} pages → ${source.output}`);
