/**
 * What a browser downloads for each page of the registry (lib/pages.ts), and
 * the 404 page, in each language, as the static export serves it (out/,
 * behind nginx), against the budgets:
 *
 * - JavaScript: every script the page runs when it loads (its <script src>
 *   files and its inline scripts, not JSON-LD), gzipped: at most 15 KB;
 * - HTML: the page itself, gzipped as nginx sends it (its stored .gz): at most 40 KB;
 * - first visit: everything the page loads before the reader clicks or
 *   scrolls, as sent with Brotli (the .br files the export stores): the
 *   HTML, its stylesheets and what they load, its scripts, its icon and
 *   every image not marked loading="lazy": at most 100 KB. The site has no
 *   web fonts, and search loads only when opened.
 *
 * Beside them, for comparison, the JavaScript the same page loads under
 * `next start`, which keeps Next's runtime: when there is a server build,
 * this script starts it on a free loopback port and fetches each page and
 * its scripts over HTTP, as a browser would.
 *
 *   npm run build:static && npm run build && npm run size [-- --json]
 *   npm run size -- --server     the server build alone (no export, no budgets)
 *
 * Exits 1 when a page is over a budget, 2 when a build is missing.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { routing } from '../i18n/routing';
import { PAGES, type PageKind } from '../lib/pages';
import { NOT_FOUND_PATH, localizedPath } from '../lib/routes';
import { startNext } from './lib/next-server';

const KB = 1024;
const BUDGETS = { js: 15 * KB, html: 40 * KB, firstVisit: 100 * KB } as const;
const OUT = 'out';

const gzipped = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

type Row = { label: string; kind: PageKind | 'notFound'; path: string; js?: number; html?: number; firstVisit?: number; serverJs?: number };

/** The tags of one kind in a page, with their attributes. */
function tags(html: string, name: string): Map<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))].map(([, attrs = '']) => {
    const found = new Map<string, string>();
    for (const [, key = '', value = ''] of attrs.matchAll(/\s([^\s=>/]+)(?:="([^"]*)")?/g)) found.set(key.toLowerCase(), value);
    return found;
  });
}

/** Executable inline scripts (JSON-LD and other data blocks are not run). */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs = '', body = '']) => body && !/\ssrc=/.test(attrs) && !/type="application\/(ld\+)?json"/.test(attrs))
    .map(([, , body = '']) => body);
}

/** The <script src> URLs a page runs (browsers that run modules skip noModule ones). */
function scriptUrls(html: string): string[] {
  return [...new Set(tags(html, 'script').filter((a) => a.has('src') && !a.has('nomodule')).map((a) => a.get('src') ?? ''))];
}

/** A URL path of the export as a file under out/ (a folder's page is its index.html). */
function exportFile(url: string): string {
  const file = path.join(OUT, decodeURIComponent(url.split(/[?#]/)[0] ?? ''));
  return url.endsWith('/') ? path.join(file, 'index.html') : file;
}

/** Bytes on the wire with Brotli: the stored .br where nginx has one, else the file itself. */
function brotliBytes(file: string): number {
  if (!existsSync(file)) throw new Error(`${file} is referenced by a page but missing from the export.`);
  return existsSync(`${file}.br`) ? statSync(`${file}.br`).size : statSync(file).size;
}

/** Everything a first visit loads from the page's markup and its stylesheets. */
function firstVisitFiles(html: string): string[] {
  const urls = new Set<string>(scriptUrls(html));
  for (const link of tags(html, 'link')) {
    const rel = link.get('rel') ?? '';
    if (/^(stylesheet|icon|preload|modulepreload)$/.test(rel)) urls.add(link.get('href') ?? '');
  }
  for (const img of tags(html, 'img')) if (img.get('loading') !== 'lazy' && img.get('src')) urls.add(img.get('src') ?? '');
  for (const css of [...urls].filter((u) => u.endsWith('.css'))) {
    for (const [, url = ''] of readFileSync(exportFile(css), 'utf8').matchAll(/url\(\s*["']?(\/[^"')]+)["']?\s*\)/g)) urls.add(url);
  }
  return [...urls].filter((u) => u.startsWith('/')).map(exportFile);
}

/** Bytes on the wire with gzip: the stored .gz nginx sends (scripts/postprocess-static.ts writes one for every text file). */
function gzipBytes(file: string): number {
  if (!existsSync(`${file}.gz`)) throw new Error(`${file}.gz is missing: the export stores every text file gzipped (npm run build:static).`);
  return statSync(`${file}.gz`).size;
}

function measureExport(row: Row): Row {
  const file = exportFile(row.path);
  const html = readFileSync(file, 'utf8');
  const js = scriptUrls(html).reduce((sum, url) => sum + gzipBytes(exportFile(url)), 0) + inlineScripts(html).reduce((sum, s) => sum + gzipped(s), 0);
  const firstVisit = brotliBytes(file) + firstVisitFiles(html).reduce((sum, f) => sum + brotliBytes(f), 0);
  return { ...row, js, html: gzipBytes(file), firstVisit };
}

/**
 * `next start` on a free loopback port, once it answers; undefined when
 * there is no server build to start.
 */
async function startServer(): Promise<{ origin: string; stop: () => void } | undefined> {
  try {
    return await startNext();
  } catch {
    return undefined;
  }
}

/** The JavaScript a page loads under next start: its scripts and inline scripts as served, gzipped. */
async function serverJs(origin: string, urlPath: string): Promise<number | undefined> {
  const response = await fetch(`${origin}${urlPath}`, { headers: { 'accept-encoding': 'identity' } });
  if (!response.ok && response.status !== 404) return undefined;
  const html = await response.text();
  let total = inlineScripts(html).reduce((sum, s) => sum + gzipped(s), 0);
  for (const url of scriptUrls(html)) total += gzipped(Buffer.from(await (await fetch(new URL(url, origin), { headers: { 'accept-encoding': 'identity' } })).arrayBuffer()));
  return total;
}

const json = process.argv.includes('--json');
const serverOnly = process.argv.includes('--server');
// With --json, standard output is the JSON alone; the verdict goes to standard error.
const report = json ? console.error : console.log;

const hasExport = existsSync(path.join(OUT, '_nginx', 'maps.conf'));
if (!serverOnly && !hasExport) {
  console.error('No static export in out/: run `npm run build:static` first.');
  process.exit(2);
}
const server = await startServer();
if (serverOnly && !server) {
  console.error('next start did not come up: run `npm run build` first.');
  process.exit(2);
}

const rows: Row[] = [
  ...PAGES.flatMap((page) => routing.locales.map((locale): Row => ({ label: `${page.id} (${locale})`, kind: page.kind, path: `${localizedPath(locale, page.path)}/` }))),
  ...routing.locales.map((locale): Row => ({ label: `404 (${locale})`, kind: 'notFound', path: `${localizedPath(locale, NOT_FOUND_PATH)}/` })),
];
const pages: Row[] = [];
try {
  for (const row of rows) pages.push({ ...(serverOnly ? row : measureExport(row)), serverJs: server ? await serverJs(server.origin, row.path) : undefined });
} finally {
  server?.stop();
}

const over = serverOnly
  ? []
  : pages.flatMap((row) =>
      (['js', 'html', 'firstVisit'] as const).filter((key) => (row[key] ?? 0) > BUDGETS[key]).map((key) => `${row.label}: ${key} ${kb(row[key] ?? 0)} > ${kb(BUDGETS[key])}`),
    );

if (json) {
  console.log(JSON.stringify({ budgets: serverOnly ? null : BUDGETS, pages }, null, 2));
} else {
  const cell = (n: number | undefined) => (n === undefined ? '–' : kb(n)).padStart(11);
  console.log(serverOnly ? 'Per page under next start (gzipped JavaScript)\n' : 'Per page of the static export: gzipped JavaScript and HTML, and a whole first visit with Brotli\n');
  console.log(`${''.padEnd(30)}${['JS', 'HTML', 'first visit', 'next start JS'].map((h) => h.padStart(14)).join('')}`);
  console.log(`${'budget'.padEnd(30)}${[BUDGETS.js, BUDGETS.html, BUDGETS.firstVisit].map((b) => (serverOnly ? '' : kb(b)).padStart(14)).join('')}`);
  for (const row of pages) console.log(`${row.label.padEnd(30)}${[row.js, row.html, row.firstVisit, row.serverJs].map((n) => cell(n).padStart(14)).join('')}`);
}

if (!serverOnly) {
  const worst = (key: 'js' | 'html' | 'firstVisit') => Math.max(...pages.map((r) => r[key] ?? 0));
  report(`\nBudget: JavaScript at most ${kb(BUDGETS.js)} gzipped per page: largest ${kb(worst('js'))}`);
  report(`Budget: HTML at most ${kb(BUDGETS.html)} gzipped per page: largest ${kb(worst('html'))}`);
  report(`Budget: a first visit at most ${kb(BUDGETS.firstVisit)} with Brotli: largest ${kb(worst('firstVisit'))}`);
  if (over.length) report(`\nOVER BUDGET:\n  ${over.join('\n  ')}`);
  else report('Every page is within every budget.');
}
process.exit(over.length ? 1 : 0);
