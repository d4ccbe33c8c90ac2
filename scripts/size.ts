/**
 * What a browser downloads for each page of the registry (lib/pages.ts) in
 * each language: the gzipped HTML, and the first-load JavaScript (the
 * gzipped size of every <script src> in the page, as modern browsers skip
 * the noModule polyfills). The floor is Next's own root not-found page,
 * which has no client component; every page must stay within JS_BUDGET of
 * it, and every guide's HTML within HTML_BUDGET.
 *
 * Usage: npm run build && npm run size [-- --json]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { routing } from '../i18n/routing';
import { distDir, prerenderedHtmlFile } from '../lib/build-output';
import { PAGES } from '../lib/pages';
import { localizedPath } from '../lib/routes';

const JS_BUDGET = 0.03;
const HTML_BUDGET = 45 * 1024;
const FLOOR = prerenderedHtmlFile('/_not-found');

function scriptsOf(html: string): string[] {
  const scripts: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
    if (src && !/\snoModule\b/i.test(tag)) scripts.push(src);
  }
  return [...new Set(scripts)];
}

const gzipped = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

function measure(label: string, file: string, kind: string) {
  const html = readFileSync(file, 'utf8');
  const scripts = scriptsOf(html);
  const js = scripts.reduce((sum, src) => sum + gzipped(readFileSync(path.join(distDir(), src.replace(/^\/_next\//, '')))), 0);
  return { label, kind, scripts: scripts.length, js, html: gzipped(html) };
}

if (!existsSync(FLOOR)) {
  console.error('No production build found: run `npm run build` first.');
  process.exit(2);
}

const floor = measure('floor: page with no client component', FLOOR, 'floor');
const rows = PAGES.flatMap((page) =>
  routing.locales.map((locale) => measure(`${page.id} (${locale})`, prerenderedHtmlFile(localizedPath(locale, page.path)), page.kind)),
);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const jsOver = (bytes: number) => (bytes - floor.js) / floor.js;

const json = process.argv.includes('--json');
// With --json, standard output is the JSON alone; the verdict goes to standard error.
const report = json ? console.error : console.log;
if (json) {
  console.log(JSON.stringify({ floor, jsBudget: JS_BUDGET, htmlBudget: HTML_BUDGET, pages: rows }, null, 2));
} else {
  console.log('Per page (gzipped): first-load JavaScript, and the HTML itself\n');
  console.log(`${''.padEnd(40)} ${'JS'.padStart(10)}  ${'vs floor'.padStart(9)}  ${'HTML'.padStart(9)}`);
  console.log(`${floor.label.padEnd(40)} ${kb(floor.js).padStart(10)}  ${''.padStart(9)}  ${kb(floor.html).padStart(9)}`);
  for (const row of rows) {
    const over = jsOver(row.js) * 100;
    console.log(`${row.label.padEnd(40)} ${kb(row.js).padStart(10)}  ${`${over >= 0 ? '+' : ''}${over.toFixed(1)}%`.padStart(9)}  ${kb(row.html).padStart(9)}`);
  }
}

const worstJs = Math.max(...rows.map((r) => jsOver(r.js)));
const guides = rows.filter((r) => r.kind === 'guide');
const worstHtml = Math.max(...guides.map((r) => r.html));
const jsOk = worstJs <= JS_BUDGET;
const htmlOk = worstHtml <= HTML_BUDGET;
report(`\nBudget: every page's JavaScript within ${JS_BUDGET * 100}% of the floor: ${jsOk ? 'yes' : 'NO'} (worst +${(worstJs * 100).toFixed(1)}%)`);
report(`Budget: every guide's HTML within ${kb(HTML_BUDGET)}: ${htmlOk ? 'yes' : 'NO'} (largest ${kb(worstHtml)})`);
process.exit(jsOk && htmlOk ? 0 : 1);
