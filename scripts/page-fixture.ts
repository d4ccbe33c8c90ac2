/**
 * Proves that a guide is added in its own folder: a copy of the project
 * gets the files of tests/fixtures/new-page (guides/fixture-guide/ and one
 * catalog per language) and two registry lines (lib/pages.ts and
 * guides/registry.ts), nothing else. The copy is then type-checked, and
 * tests/fixtures/new-page/added-page.test.tsx runs inside it: the guide
 * renders from its document in both languages and shows up everywhere the
 * registry feeds (route params, sitemap and hreflang, metadata, social
 * cards, the proxy, navigation, docs home, status page, e2e page lists).
 * No build: everything is checked where it is computed.
 *
 *   npm run test:page-fixture
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = process.cwd();
const SOURCE = path.join(ROOT, 'tests', 'fixtures', 'new-page');
const DIR = path.resolve('.fixtures', 'new-page');
rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });

// The project as it is in git (tracked and new files), without builds.
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
for (const file of files) {
  if (!existsSync(file)) continue;
  mkdirSync(path.dirname(path.join(DIR, file)), { recursive: true });
  cpSync(file, path.join(DIR, file));
}
symlinkSync(path.join(ROOT, 'node_modules'), path.join(DIR, 'node_modules'), 'dir');
// Dates come from git: the copy shares this repository's history.
symlinkSync(path.join(ROOT, '.git'), path.join(DIR, '.git'), 'dir');

// The guide: its folder and its catalogs…
cpSync(path.join(SOURCE, 'guides'), path.join(DIR, 'guides'), { recursive: true });
cpSync(path.join(SOURCE, 'messages'), path.join(DIR, 'messages'), { recursive: true });

/** Inserts `text` before (or after) the first occurrence of `anchor`, failing loudly if the file changed shape. */
function insert(file: string, anchor: string, text: string, where: 'before' | 'after'): void {
  const full = path.join(DIR, file);
  const source = readFileSync(full, 'utf8');
  const at = source.indexOf(anchor);
  if (at < 0) throw new Error(`${file}: "${anchor}" was not found; update scripts/page-fixture.ts to the file's new shape.`);
  const index = where === 'before' ? at : at + anchor.length;
  writeFileSync(full, `${source.slice(0, index)}${text}${source.slice(index)}`);
}
// …and two registry lines each: an import and an entry.
insert('lib/pages.ts', 'export const PAGES = [', "import { fixtureGuide } from '@/guides/fixture-guide/page';\n", 'before');
insert('lib/pages.ts', '  integrations,\n', '  fixtureGuide,\n', 'after');
insert('guides/registry.ts', '\n/** Every guide', "import { document as fixtureGuide } from './fixture-guide/document';\n", 'before');
insert('guides/registry.ts', '{ accessAuth, integrations', ', fixtureGuide', 'after');

// The harness: runs in the copy, where it sees the copy's registry.
cpSync(path.join(SOURCE, 'added-page.test.tsx'), path.join(DIR, 'tests', 'unit', 'added-page.test.tsx'));

const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync(command, args, { cwd: DIR, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
run('npx', ['tsx', 'scripts/build-enhancements.ts']);
run('npm', ['run', 'typecheck']);
run('npx', ['vitest', 'run', 'tests/unit/added-page.test.tsx'], { PAGE_FIXTURE_ORIGINAL: ROOT });
