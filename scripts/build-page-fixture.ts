/**
 * Proves that a page is added in three places: a copy of the project gets
 * the files of tests/fixtures/new-page (a route folder and one catalog per
 * language) and one entry in lib/pages.ts, nothing else, and is then
 * type-checked and built into .fixtures/new-page/. tests/e2e/page-fixture.spec.ts
 * checks that the page appears everywhere the registry feeds.
 *
 *   npm run build:page-fixture   (then Playwright serves it on port 3102)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PAGE_FIXTURE } from '../tests/e2e/page-fixture';

const ROOT = process.cwd();
const DIR = path.resolve(PAGE_FIXTURE.dir);
rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });

// The project as it is in git (tracked and new files), without builds.
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
for (const file of files) {
  if (!existsSync(file)) continue;
  mkdirSync(path.dirname(path.join(DIR, file)), { recursive: true });
  cpSync(file, path.join(DIR, file));
}
// Hard links, not a symlink: Turbopack compiles nothing outside the project's root.
execFileSync('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(DIR, 'node_modules')]);
// Dates come from git: the copy shares this repository's history.
symlinkSync(path.join(ROOT, '.git'), path.join(DIR, '.git'), 'dir');

// The page: its route folder and its catalogs…
cpSync(path.join(PAGE_FIXTURE.source, 'app'), path.join(DIR, 'app'), { recursive: true });
cpSync(path.join(PAGE_FIXTURE.source, 'messages'), path.join(DIR, 'messages'), { recursive: true });
// …and one registry entry, at the end of PAGES.
const registry = path.join(DIR, 'lib', 'pages.ts');
const source = readFileSync(registry, 'utf8');
const start = source.indexOf('export const PAGES = [');
const end = start < 0 ? -1 : source.indexOf('] as const;', start);
if (end < 0) throw new Error('lib/pages.ts: the PAGES list ("export const PAGES = [" … "] as const;") was not found.');
const entry = readFileSync(path.join(PAGE_FIXTURE.source, 'registry-entry.ts.txt'), 'utf8');
writeFileSync(registry, `${source.slice(0, end)}${entry}${source.slice(end)}`);

const run = (script: string) =>
  execFileSync('npm', ['run', script], { cwd: DIR, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
run('typecheck');
run('build');
