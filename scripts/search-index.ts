/**
 * Builds the full-text search index (Pagefind) from the built pages: one
 * index per language (from each page's <html lang>), sections addressable
 * by their heading ids. Only content marked data-pagefind-body is indexed.
 *
 *   tsx scripts/search-index.ts server   # .next/server/app → public/pagefind (next start)
 *   tsx scripts/search-index.ts static   # out/ → out/pagefind (static export)
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

const target = process.argv[2];
const SOURCES = {
  // next build keeps prerendered pages as <route>.html; their URLs end with a slash.
  server: { site: '.next/server/app', output: 'public/pagefind', url: (file: string) => `/${file.replace(/\.html$/, '')}/` },
  // The static export writes <route>/index.html.
  static: { site: 'out', output: 'out/pagefind', url: (file: string) => `/${file.replace(/index\.html$/, '')}` },
} as const;

if (target !== 'server' && target !== 'static') {
  console.error('Usage: tsx scripts/search-index.ts server|static');
  process.exit(2);
}
const source = SOURCES[target];

function htmlFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === '_next' || name === 'pagefind' ? [] : htmlFiles(full, base);
    return name.endsWith('.html') ? [path.relative(base, full).split(path.sep).join('/')] : [];
  });
}

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
let pages = 0;
for (const file of htmlFiles(source.site)) {
  const content = readFileSync(path.join(source.site, file), 'utf8');
  // Only documentation pages are searchable (404, status and redirect pages are not).
  if (!content.includes('data-pagefind-body')) continue;
  const { errors: fileErrors } = await index.addHTMLFile({ url: source.url(file), content });
  if (fileErrors.length) throw new Error(`Pagefind: ${file}: ${fileErrors.join('; ')}`);
  pages++;
}
rmSync(source.output, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: source.output });
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`Search index: ${pages} pages → ${source.output}`);
