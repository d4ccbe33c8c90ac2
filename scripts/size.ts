/**
 * First-load JavaScript of prerendered pages, as a browser downloads it:
 * the gzipped size of every <script src> in the page's HTML (modern
 * browsers skip the noModule polyfills). The floor is Next's own root
 * not-found page, which has no client component; the guide should stay
 * within BUDGET of it.
 *
 * Usage: npm run build && npm run size [-- --json]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 0.05;
const APP = path.join('.next', 'server', 'app');

const PAGES: [label: string, html: string][] = [
  ['floor: page with no client component', '_not-found.html'],
  ['guide (en)', 'en/docs/monitor/access-auth.html'],
  ['guide (es)', 'es/docs/monitor/access-auth.html'],
  ['docs home (en)', 'en/docs.html'],
];

function scriptsOf(htmlFile: string): string[] {
  const html = readFileSync(path.join(APP, htmlFile), 'utf8');
  const scripts: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
    if (src && !/\snoModule\b/i.test(tag)) scripts.push(src);
  }
  return [...new Set(scripts)];
}

function gzippedBytes(src: string): number {
  const file = path.join('.next', src.replace(/^\/_next\//, ''));
  return gzipSync(readFileSync(file)).length;
}

if (!existsSync(APP)) {
  console.error('No production build found: run `npm run build` first.');
  process.exit(2);
}

const rows = PAGES.map(([label, html]) => {
  const scripts = scriptsOf(html);
  return { label, html, scripts: scripts.length, bytes: scripts.reduce((sum, s) => sum + gzippedBytes(s), 0) };
});
const floor = rows[0]?.bytes ?? 0;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ floor, budget: BUDGET, pages: rows }, null, 2));
} else {
  console.log('First-load JavaScript (gzipped, modern browsers)\n');
  for (const row of rows) {
    const over = floor ? ((row.bytes - floor) / floor) * 100 : 0;
    console.log(`${row.label.padEnd(40)} ${kb(row.bytes).padStart(10)}  ${String(row.scripts).padStart(2)} scripts  ${row === rows[0] ? '' : `${over >= 0 ? '+' : ''}${over.toFixed(1)}% vs floor`}`);
  }
}

const guides = rows.filter((r) => r.label.startsWith('guide'));
const worst = Math.max(...guides.map((g) => (g.bytes - floor) / floor));
const ok = worst <= BUDGET;
console.log(`\nBudget: the guide within ${BUDGET * 100}% of the floor: ${ok ? 'yes' : 'NO'} (worst +${(worst * 100).toFixed(1)}%)`);
process.exit(ok ? 0 : 1);
